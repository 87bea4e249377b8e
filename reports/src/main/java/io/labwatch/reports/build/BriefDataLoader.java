package io.labwatch.reports.build;

import io.labwatch.domain.compute.ComputeDeal;
import io.labwatch.domain.finance.FinancialMetric;
import io.labwatch.domain.funding.FundingRound;
import io.labwatch.domain.funding.Valuation;
import io.labwatch.domain.funding.ValuationMarks;
import io.labwatch.domain.hire.Hire;
import io.labwatch.domain.exchange.RecordKind;
import io.labwatch.domain.exchange.RecordKinds;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.shared.DatedFact;
import io.labwatch.domain.shared.FactStatus;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.InvalidInputException;
import io.labwatch.domain.shared.TrackedEntity;
import io.labwatch.domain.source.Citation;
import io.labwatch.domain.source.CitationLookup;
import io.labwatch.domain.watch.WatchItem;
import io.labwatch.reports.brief.BriefRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads what a brief needs in one read-only transaction and a fixed number of statements (one per fact type
 * and one per type's citations), whatever the number of labs or facts. Facts recorded after the as-of date
 * are left out.
 */
@ApplicationScoped
public class BriefDataLoader {

    @Inject
    EntityManager em;

    @Inject
    io.labwatch.domain.source.SourceGrading grading;

    @Inject
    CitationLookup citationLookup;

    @Inject
    RecordKinds kinds;

    @Transactional
    public BriefData load(BriefRequest request) {
        check(request);
        List<Lab> labs = request.labs().isEmpty()
                ? em.createQuery("select l from Lab l order by l.name", Lab.class).getResultList()
                : em.createQuery("select l from Lab l where l.slug in :slugs order by l.name", Lab.class)
                        .setParameter("slugs", request.labs()).getResultList();
        if (labs.size() < request.labs().size()) {
            Set<String> known = new HashSet<>();
            labs.forEach(l -> known.add(l.slug));
            throw new InvalidInputException(request.labs().stream().filter(s -> !known.contains(s))
                    .map(s -> new FieldError("labs", "no lab with slug '" + s + "'")).toList());
        }
        Instant recordedBefore = request.asOf().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        String people = " join fetch e.person left join fetch e.fromLab left join fetch e.toLab left join fetch e.reportsTo";

        List<Hire> hires = query(Hire.class, people, "(e.toLab in :labs or e.fromLab in :labs) and e.announcedOn between :from and :to",
                "e.announcedOn, e.id", labs, request, recordedBefore, true);
        List<FundingRound> rounds = query(FundingRound.class, " join fetch e.lab", "e.lab in :labs and e.announcedOn between :from and :to",
                "e.announcedOn, e.id", labs, request, recordedBefore, true);
        List<Valuation> valuations = query(Valuation.class, " join fetch e.lab left join fetch e.fundingRound",
                "e.lab in :labs and e.asOf <= :to", "e.lab.name, e.asOf, e.id", labs, request, recordedBefore, false);
        // rounds up to the period's end: their cadence, and the valuation history, where a round's post-money is a mark
        List<FundingRound> markRounds = query(FundingRound.class, " join fetch e.lab", "e.lab in :labs and e.announcedOn <= :to",
                "e.announcedOn, e.id", labs, request, recordedBefore, false);
        List<FinancialMetric> metrics = query(FinancialMetric.class, " join fetch e.lab",
                "e.lab in :labs and e.reportedOn between :from and :to", "e.reportedOn, e.id", labs, request, recordedBefore, true);
        List<ComputeDeal> deals = query(ComputeDeal.class, " join fetch e.buyer join fetch e.provider left join fetch e.dataCenter",
                "(e.buyer in :labs or e.provider in :labs) and e.announcedOn between :from and :to", "e.announcedOn, e.id",
                labs, request, recordedBefore, true);
        List<WatchItem> watch = em.createQuery("select e from WatchItem e left join fetch e.lab where e.lab in :labs"
                        + " and e.raisedOn <= :asOf and (e.resolvedOn is null or e.resolvedOn > :asOf) and e.createdAt < :recorded"
                        + " order by e.dueBy nulls last, e.id", WatchItem.class)
                .setParameter("labs", labs).setParameter("asOf", request.asOf()).setParameter("recorded", recordedBefore)
                .getResultList();

        // every kind of fact without brief sections of its own, from the registry
        List<Long> labIds = labs.stream().map(l -> l.id).toList();
        List<BriefData.Other> others = new java.util.ArrayList<>();
        Map<String, List<DatedFact>> othersByType = new LinkedHashMap<>();
        for (var found : kinds.ofLabsBetween(labIds, request.from(), request.to(), recordedBefore).entrySet()) {
            RecordKind kind = found.getKey();
            for (DatedFact fact : found.getValue()) {
                others.add(new BriefData.Other(fact, kind.factKind(), kind.noun, kind.title(), kind.citedType(), kind.summary(fact)));
                othersByType.computeIfAbsent(kind.citedType(), t -> new java.util.ArrayList<>()).add(fact);
            }
        }
        others.sort(java.util.Comparator.comparing((BriefData.Other o) -> o.fact().occurredOn()).thenComparing(o -> o.fact().id));

        Map<String, Map<Long, List<Citation>>> cited = new LinkedHashMap<>();
        // the derived kinds' citations in one statement
        if (!othersByType.isEmpty()) {
            Map<Long, List<Citation>> ofOthers = citations(io.labwatch.domain.source.CitationLookup.ANY_FACT,
                    othersByType.values().stream().flatMap(List::stream).toList(), recordedBefore);
            othersByType.keySet().forEach(type -> cited.put(type, ofOthers));
        }
        cited.put("hire", citations("hire", hires, recordedBefore));
        List<FundingRound> citedRounds = new ArrayList<>(rounds);
        citedRounds.addAll(markRounds);
        cited.put("fundingRound", citations("fundingRound", citedRounds, recordedBefore));
        cited.put("valuation", citations("valuation", valuations, recordedBefore));
        cited.put("financialMetric", citations("financialMetric", metrics, recordedBefore));
        cited.put("computeDeal", citations("computeDeal", deals, recordedBefore));
        cited.put("watchItem", citations("watchItem", watch, recordedBefore));
        cited.put("lab", citations("lab", labs, recordedBefore));
        if (request.minimumGrade() != null) {
            // only facts that a source graded at least so well reports; the marks and the rest are built from those
            java.util.Set<io.labwatch.domain.source.Reliability> good = java.util.Set.copyOf(request.minimumGrade().atLeast());
            hires = graded(hires, "hire", cited, good);
            rounds = graded(rounds, "fundingRound", cited, good);
            markRounds = graded(markRounds, "fundingRound", cited, good);
            valuations = graded(valuations, "valuation", cited, good);
            metrics = graded(metrics, "financialMetric", cited, good);
            deals = graded(deals, "computeDeal", cited, good);
            others = others.stream().filter(o -> wellSourced(cited.getOrDefault(o.type(), Map.of()).get(o.fact().id), good)).toList();
        }
        return new BriefData(request, labs, hires, rounds, valuations, metrics, deals, watch, others, cited,
                ValuationMarks.of(valuations, markRounds.stream().filter(r -> r.postMoneyValuation != null && r.postMoneyValuation.signum() > 0)
                        .toList()), grading.notYetAt(recordedBefore)
                        ? grading.since().orElseThrow().atZone(ZoneOffset.UTC).toLocalDate() : null, markRounds);
    }

    private <T extends TrackedEntity> List<T> query(Class<T> type, String fetches, String where, String order, List<Lab> labs,
            BriefRequest request, Instant recordedBefore, boolean inPeriod) {
        // a fact superseded, denied or retracted (as known at the brief's moment) is no part of a brief
        String current = FactStatus.andCurrentIfFact(type, "e");
        TypedQuery<T> q = em.createQuery("select e from " + type.getSimpleName() + " e" + fetches + " where " + where
                + current + " and e.createdAt < :recorded order by " + order, type)
                .setParameter("labs", labs).setParameter("to", request.to()).setParameter("recorded", recordedBefore);
        if (inPeriod) {
            q.setParameter("from", request.from());
        }
        return q.getResultList();
    }

    private static <T extends TrackedEntity> List<T> graded(List<T> facts, String type, Map<String, Map<Long, List<Citation>>> cited,
            java.util.Set<io.labwatch.domain.source.Reliability> good) {
        return facts.stream().filter(f -> wellSourced(cited.getOrDefault(type, Map.of()).get(f.id), good)).toList();
    }

    private static boolean wellSourced(List<Citation> citations, java.util.Set<io.labwatch.domain.source.Reliability> good) {
        return citations != null && citations.stream().anyMatch(c -> good.contains(c.source.effectiveGrade()));
    }

    /** Citations recorded by the as-of date: a source attached later did not back the brief then. */
    private Map<Long, List<Citation>> citations(String type, List<? extends TrackedEntity> facts, Instant recordedBefore) {
        Map<Long, List<Citation>> all = citationLookup.forFacts(type, facts.stream().map(f -> f.id).distinct().toList());
        Map<Long, List<Citation>> kept = new LinkedHashMap<>();
        all.forEach((id, list) -> {
            List<Citation> old = list.stream().filter(c -> c.createdAt.isBefore(recordedBefore)
                    && c.source.createdAt.isBefore(recordedBefore)).toList();
            if (!old.isEmpty()) {
                kept.put(id, old);
            }
        });
        return kept;
    }

    private static void check(BriefRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.audience() == null) {
            errors.add(new FieldError("audience", "is required: INVESTOR, ENTERPRISE_BUYER, REGULATOR or COMPETITOR"));
        }
        if (r.from() == null) {
            errors.add(new FieldError("from", "is required"));
        }
        if (r.to() == null) {
            errors.add(new FieldError("to", "is required"));
        }
        if (r.asOf() == null) {
            errors.add(new FieldError("asOf", "is required"));
        }
        if (r.from() != null && r.to() != null && r.to().isBefore(r.from())) {
            errors.add(new FieldError("to", "must be on or after from"));
        }
        if (r.labs().size() > 100) {
            errors.add(new FieldError("labs", "at most 100 labs; leave empty for all"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}

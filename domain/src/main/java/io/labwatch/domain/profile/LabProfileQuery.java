package io.labwatch.domain.profile;

import io.labwatch.domain.compute.ComputeDeal;
import io.labwatch.domain.datacenter.DataCenter;
import io.labwatch.domain.finance.FinancialMetric;
import io.labwatch.domain.funding.FundingRound;
import io.labwatch.domain.funding.Valuation;
import io.labwatch.domain.hire.Hire;
import io.labwatch.domain.exchange.RecordKind;
import io.labwatch.domain.exchange.RecordKinds;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.lab.LabService;
import io.labwatch.domain.shared.DatedFact;
import io.labwatch.domain.shared.FactStatus;
import io.labwatch.domain.shared.TrackedEntity;
import io.labwatch.domain.source.Citation;
import io.labwatch.domain.watch.WatchItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a lab's profile in nine statements, whatever the number of facts: one per fact type and one for all
 * citations. Each section holds the newest {@value #PER_SECTION} facts (the chart the newest {@value #CHART_POINTS}
 * valuations); the timeline and the API page through the rest.
 */
@ApplicationScoped
public class LabProfileQuery {

    public static final int PER_SECTION = 50;
    public static final int CHART_POINTS = 60;

    private static final String PEOPLE = " join fetch e.person left join fetch e.fromLab left join fetch e.toLab left join fetch e.reportsTo";

    @Inject
    EntityManager em;

    @Inject
    LabService labs;

    @Inject
    RecordKinds kinds;

    @Transactional
    public LabProfile read(String slug) {
        Lab lab = labs.get(slug);
        List<Valuation> valuations = facts(Valuation.class, " left join fetch e.fundingRound", "e.lab = :lab", "e.asOf desc, e.id desc", lab,
                CHART_POINTS);
        List<FundingRound> rounds = facts(FundingRound.class, "", "e.lab = :lab", "e.announcedOn desc, e.id desc", lab);
        List<FinancialMetric> metrics = facts(FinancialMetric.class, "", "e.lab = :lab", "e.reportedOn desc, e.id desc", lab);
        // moves in and out separately: each reads the newest 50 straight from its (lab, date) index, where one query with
        // "to or from" sorted every move of the lab (50 ms for a lab with 6,000)
        List<Hire> in = facts(Hire.class, PEOPLE, "e.toLab = :lab", "e.announcedOn desc, e.id desc", lab);
        List<Hire> out = facts(Hire.class, PEOPLE, "e.fromLab = :lab", "e.announcedOn desc, e.id desc", lab);
        List<Hire> hires = new ArrayList<>(in);
        out.stream().filter(h -> !in.contains(h)).forEach(hires::add);
        List<ComputeDeal> deals = facts(ComputeDeal.class, " join fetch e.buyer join fetch e.provider left join fetch e.dataCenter",
                "(e.buyer = :lab or e.provider = :lab)", "e.announcedOn desc, e.id desc", lab);
        List<DataCenterAccess> centers = dataCenters(lab, deals);
        List<WatchItem> watch = facts(WatchItem.class, "", "e.lab = :lab", "e.status, e.dueBy nulls last, e.id", lab);
        // every other kind of fact: a section derived from the registry, one statement for all and one per kind shown
        java.util.Map<RecordKind, List<DatedFact>> newest = kinds.newestOfLab(lab.id, PER_SECTION);
        List<ProfileSection> sections = ProfileSection.of(kinds.derived(), newest);
        List<DatedFact> others = newest.values().stream().flatMap(List::stream).toList();
        List<DatedFact> cited = new ArrayList<>(others);
        centers.stream().map(DataCenterAccess::latest).filter(java.util.Objects::nonNull).forEach(cited::add);
        return new LabProfile(lab, valuations, rounds, metrics, in, out, deals, watch, sections, centers,
                citations(lab, hires, rounds, valuations, metrics, deals, cited, watch));
    }

    /**
     * The data centers the lab operates, owns or rents in through a current deal, each once, with how many other labs
     * rent there: one statement.
     */
    private List<DataCenterAccess> dataCenters(Lab lab, List<ComputeDeal> deals) {
        List<Object[]> rows = em.createQuery("select d, (select count(distinct c.buyer) from ComputeDeal c where c.dataCenter = d and "
                        + FactStatus.currentOnly("c") + " and c.buyer <> d.operator) from DataCenter d join fetch d.operator left join fetch d.owner"
                        + " where d.operator = :lab or d.owner = :lab or d in (select c.dataCenter from ComputeDeal c where c.buyer = :lab and "
                        + FactStatus.currentOnly("c") + ") order by lower(d.name)", Object[].class)
                .setParameter("lab", lab).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        // each center's newest current report: one statement, only for a lab that has centers
        Map<Long, io.labwatch.domain.datacenter.CapacityReport> latest = new LinkedHashMap<>();
        em.createQuery("select r from CapacityReport r join fetch r.dataCenter where r.dataCenter.id in :ids and " + FactStatus.currentOnly("r")
                        + " order by r.asOf desc, r.id desc", io.labwatch.domain.datacenter.CapacityReport.class)
                .setParameter("ids", rows.stream().map(r -> ((DataCenter) r[0]).id).toList()).getResultList()
                .forEach(r -> latest.putIfAbsent(r.dataCenter.id, r));
        RecordKind reports = kinds.ofClass(io.labwatch.domain.datacenter.CapacityReport.class).orElseThrow();
        return rows.stream().map(r -> {
            io.labwatch.domain.datacenter.CapacityReport report = latest.get(((DataCenter) r[0]).id);
            return DataCenterAccess.of(lab, (DataCenter) r[0], deals, ((Number) r[1]).longValue(), report,
                    report == null ? null : reports.summary(report));
        }).toList();
    }

    private <T> List<T> facts(Class<T> type, String fetches, String where, String order, Lab lab) {
        return facts(type, fetches, where, order, lab, PER_SECTION);
    }

    private <T> List<T> facts(Class<T> type, String fetches, String where, String order, Lab lab, int limit) {
        // a fact superseded, denied or retracted is no part of the profile; its timeline still shows it
        String current = FactStatus.andCurrentIfFact(type, "e");
        return em.createQuery("select e from " + type.getSimpleName() + " e" + fetches + " where " + where + current + " order by " + order, type)
                .setParameter("lab", lab).setMaxResults(limit).getResultList();
    }

    /**
     * Every citation of the lab and its facts, with sources, in one statement. Each condition names a column of the
     * citation itself (fk()), so that the three are one BitmapOr of citation's own indexes; through the joined fact,
     * the whole citation table was read (300 ms at 400,000 citations). The cited fact is not joined either: its kind
     * is that of the fact the profile holds already (joining it hashed all 100,000 facts for the largest lab: 170 ms).
     */
    private Map<String, Map<Long, List<Citation>>> citations(Lab lab, List<Hire> hires, List<FundingRound> rounds,
            List<Valuation> valuations, List<FinancialMetric> metrics, List<ComputeDeal> deals, List<DatedFact> others, List<WatchItem> watch) {
        Map<Long, String> typeOf = new HashMap<>();
        java.util.stream.Stream.of(hires, rounds, valuations, metrics, deals, others)
                .forEach(list -> list.forEach(f -> typeOf.put(f.id, kinds.ofEntity(f).orElseThrow().citedType())));
        List<Object[]> rows = em.createQuery("select c, c.fact.id from Citation c join fetch c.source where fk(c.lab) = :lab"
                        + " or fk(c.fact) in :facts or fk(c.watchItem) in :watch order by c.id", Object[].class)
                .setParameter("lab", lab.id).setParameter("facts", typeOf.isEmpty() ? List.of(-1L) : List.copyOf(typeOf.keySet()))
                .setParameter("watch", ids(watch)).getResultList();
        Map<String, Map<Long, List<Citation>>> byType = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Citation c = (Citation) row[0];
            Long fact = (Long) row[1];
            String type = fact == null ? c.factType() : typeOf.get(fact);
            byType.computeIfAbsent(type, t -> new LinkedHashMap<>()).computeIfAbsent(fact == null ? c.targetId() : fact, i -> new ArrayList<>()).add(c);
        }
        return byType;
    }

    /** Ids for an IN list; never empty (an empty IN list is not valid SQL everywhere). */
    private static List<Long> ids(List<? extends TrackedEntity> entities) {
        List<Long> ids = new ArrayList<>(entities.stream().map(e -> e.id).toList());
        if (ids.isEmpty()) {
            ids.add(-1L);
        }
        return ids;
    }
}

package io.labwatch.domain.timeline;

import io.labwatch.domain.shared.SqlValues;
import io.labwatch.domain.compute.ComputeDeal;
import io.labwatch.domain.finance.FinancialMetric;
import io.labwatch.domain.funding.FundingRound;
import io.labwatch.domain.funding.Valuation;
import io.labwatch.domain.hire.Hire;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.lab.LabService;
import io.labwatch.domain.listing.BadQueryException;
import io.labwatch.domain.listing.ListRequest;
import io.labwatch.domain.listing.Page;
import io.labwatch.domain.shared.DatePrecision;
import io.labwatch.domain.shared.DatedFact;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.source.Citation;
import io.labwatch.domain.source.CitationLookup;
import io.labwatch.domain.source.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a lab's timeline, newest first, from the {@code lab_event} view. A page costs a fixed number of
 * statements: count and page, then one query per fact type on the page and one for each type's citations.
 */
@ApplicationScoped
@Transactional
public class TimelineQuery {

    public static final Set<String> KINDS = Set.of("HIRE_IN", "HIRE_OUT", "FUNDING_ROUND", "VALUATION",
            "FINANCIAL_METRIC", "COMPUTE_DEAL", "SOURCE");

    @Inject
    EntityManager em;

    @Inject
    LabService labs;

    @Inject
    CitationLookup citations;

    public Page<TimelineEntry> read(TimelineRequest request) {
        check(request);
        Lab lab = request.lab() == null ? null : labs.get(request.lab());
        // Across all labs a move or deal shows once (the view holds it once per lab involved).
        String from = lab == null ? " from (select distinct kind, fact_id, occurred_on, date_precision from lab_event"
                + " where kind not in ('HIRE_OUT', 'SOURCE')) e" : " from lab_event";
        StringBuilder where = new StringBuilder(lab == null ? " where true" : " where lab_id = :lab");
        if (request.from() != null) {
            where.append(" and occurred_on >= :from");
        }
        if (request.to() != null) {
            where.append(" and occurred_on <= :to");
        }
        if (!request.kinds().isEmpty()) {
            where.append(" and kind in (:kinds)");
        } else if (lab != null) {
            // Facts by default; the sources that covered the lab only when asked for (kind=SOURCE): for a lab with
            // 12,000 facts they are 40,000 rows that cost most of the page and crowd out the facts.
            where.append(" and kind <> 'SOURCE'");
        }
        Query count = bind(em.createNativeQuery("select count(*)" + from + where), request, lab);
        long total = ((Number) count.getSingleResult()).longValue();
        if (total == 0) {
            return new Page<>(List.of(), request.page(), request.size(), 0);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("select kind, fact_id, occurred_on, date_precision" + from + where
                + " order by occurred_on desc, kind, fact_id desc"), request, lab)
                .setFirstResult(ListRequest.offset(request.page(), request.size())).setMaxResults(request.size()).getResultList();
        return new Page<>(entries(rows), request.page(), request.size(), total);
    }

    /** Describes lab_event rows (kind, fact id, date, precision): summaries and sources, a fixed number of statements. */
    public List<TimelineEntry> entries(List<Object[]> rows) {
        Map<String, List<Long>> idsByKind = new HashMap<>();
        for (Object[] row : rows) {
            idsByKind.computeIfAbsent(group((String) row[0]), k -> new ArrayList<>()).add(((Number) row[1]).longValue());
        }
        Map<Long, Hire> hires = load(Hire.class, " left join fetch e.person left join fetch e.fromLab left join fetch e.toLab left join fetch e.reportsTo",
                idsByKind.get("HIRE"));
        Map<Long, FundingRound> rounds = load(FundingRound.class, " join fetch e.lab", idsByKind.get("FUNDING_ROUND"));
        Map<Long, Valuation> valuations = load(Valuation.class, " join fetch e.lab", idsByKind.get("VALUATION"));
        Map<Long, FinancialMetric> metrics = load(FinancialMetric.class, " join fetch e.lab", idsByKind.get("FINANCIAL_METRIC"));
        Map<Long, ComputeDeal> deals = load(ComputeDeal.class, " join fetch e.buyer join fetch e.provider", idsByKind.get("COMPUTE_DEAL"));
        Map<Long, Source> sources = load(Source.class, "", idsByKind.get("SOURCE"));
        Map<String, Map<Long, List<Citation>>> cited = Map.of(
                "HIRE", citations.forFacts("hire", hires.keySet()),
                "FUNDING_ROUND", citations.forFacts("fundingRound", rounds.keySet()),
                "VALUATION", citations.forFacts("valuation", valuations.keySet()),
                "FINANCIAL_METRIC", citations.forFacts("financialMetric", metrics.keySet()),
                "COMPUTE_DEAL", citations.forFacts("computeDeal", deals.keySet()));

        List<TimelineEntry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            String kind = (String) row[0];
            long id = ((Number) row[1]).longValue();
            LocalDate date = SqlValues.date(row[2]);
            DatePrecision precision = DatePrecision.valueOf((String) row[3]);
            String group = group(kind);
            DatedFact fact = switch (group) {
                case "HIRE" -> hires.get(id);
                case "FUNDING_ROUND" -> rounds.get(id);
                case "VALUATION" -> valuations.get(id);
                case "FINANCIAL_METRIC" -> metrics.get(id);
                case "COMPUTE_DEAL" -> deals.get(id);
                default -> null;
            };
            String summary;
            java.time.Instant recordedAt;
            if (fact == null) {
                Source s = sources.get(id);
                summary = s.outlet + ": " + s.headline;
                recordedAt = s.updatedAt;
            } else {
                summary = switch (kind) {
                    case "HIRE_IN" -> FactSummaries.hire((Hire) fact);
                    case "HIRE_OUT" -> FactSummaries.departure((Hire) fact);
                    case "FUNDING_ROUND" -> FactSummaries.round((FundingRound) fact);
                    case "VALUATION" -> FactSummaries.valuation((Valuation) fact);
                    case "FINANCIAL_METRIC" -> FactSummaries.metric((FinancialMetric) fact);
                    default -> FactSummaries.deal((ComputeDeal) fact);
                };
                recordedAt = fact.updatedAt;
            }
            List<TimelineEntry.CitedSource> sourcesOfFact = fact == null ? List.of()
                    : cited.get(group).getOrDefault(id, List.of()).stream().map(TimelineQuery::cited).toList();
            entries.add(new TimelineEntry(kind, id, date, precision, precision.display(date), summary,
                    fact == null ? null : fact.certainty, sourcesOfFact, recordedAt));
        }
        return entries;
    }

    static TimelineEntry.CitedSource cited(Citation c) {
        Source s = c.source;
        return new TimelineEntry.CitedSource(s.slug, s.outlet, s.headline, s.url, s.publishedOn, c.note);
    }

    private static String group(String kind) {
        return kind.startsWith("HIRE") ? "HIRE" : kind;
    }

    private <T extends io.labwatch.domain.shared.TrackedEntity> Map<Long, T> load(Class<T> type, String fetches, Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select e from " + type.getSimpleName() + " e" + fetches + " where e.id in :ids", type)
                .setParameter("ids", Set.copyOf(ids)).getResultList().stream()
                .collect(Collectors.toMap(e -> e.id, Function.identity()));
    }

    private static Query bind(Query query, TimelineRequest request, Lab lab) {
        if (lab != null) {
            query.setParameter("lab", lab.id);
        }
        if (request.from() != null) {
            query.setParameter("from", request.from());
        }
        if (request.to() != null) {
            query.setParameter("to", request.to());
        }
        if (!request.kinds().isEmpty()) {
            query.setParameter("kinds", request.kinds());
        }
        return query;
    }

    private static void check(TimelineRequest request) {
        List<FieldError> errors = new ArrayList<>();
        request.kinds().stream().filter(k -> !KINDS.contains(k)).forEach(k ->
                errors.add(new FieldError("kind", "'" + k + "' must be one of " + KINDS.stream().sorted().collect(Collectors.joining(", ")))));
        if (request.from() != null && request.to() != null && request.to().isBefore(request.from())) {
            errors.add(new FieldError("to", "must be on or after from"));
        }
        ListRequest.checkPaging(request.page(), request.size(), errors);
        if (!errors.isEmpty()) {
            throw new BadQueryException(errors);
        }
    }
}

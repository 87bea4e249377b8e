package io.labwatch.domain.timeline;

import io.labwatch.domain.shared.SqlValues;
import io.labwatch.domain.exchange.RecordKind;
import io.labwatch.domain.exchange.RecordKinds;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a lab's timeline, newest first, from the {@code lab_event} view. A page costs a fixed number of
 * statements: count and page, then one query per kind of fact on the page, one for its sources, one for all citations
 * and one for the supersessions that link its facts.
 */
@ApplicationScoped
@Transactional
public class TimelineQuery {

    @Inject
    EntityManager em;

    @Inject
    LabService labs;

    @Inject
    CitationLookup citations;

    @Inject
    RecordKinds recordKinds;

    public Page<TimelineEntry> read(TimelineRequest request) {
        check(request);
        Lab lab = request.lab() == null ? null : labs.get(request.lab());
        // Across all labs a move or deal shows once (the view holds it once per lab involved).
        String from = lab == null ? " from (select distinct kind, fact_id, occurred_on, date_precision from lab_event"
                + " where kind not in ('HIRE_OUT', 'SOURCE')) e" : " from lab_event";
        StringBuilder dates = new StringBuilder();
        if (request.from() != null) {
            dates.append(" and occurred_on >= :from");
        }
        if (request.to() != null) {
            dates.append(" and occurred_on <= :to");
        }
        StringBuilder where = new StringBuilder(lab == null ? " where true" : " where lab_id = :lab").append(dates);
        if (!request.kinds().isEmpty()) {
            where.append(" and kind in (:kinds)");
        } else if (lab != null) {
            // Facts by default; the sources that covered the lab only when asked for (kind=SOURCE): for a lab with
            // 12,000 facts they are 40,000 rows that cost most of the page and crowd out the facts.
            where.append(" and kind <> 'SOURCE'");
        }
        if (request.cursor() != null) {
            return slice(request, lab, from, where);
        }
        // a lab's facts of every kind are its rows of fact_party, each with its fact (a foreign key): counted from the
        // (lab, date) index alone, where the view joined every fact of the table (130 ms for the largest lab)
        Query count = lab != null && request.kinds().isEmpty()
                ? bind(em.createNativeQuery("select count(*) from fact_party where lab_id = :lab" + dates), request, lab)
                : bind(em.createNativeQuery("select count(*)" + from + where), request, lab);
        long total = ((Number) count.getSingleResult()).longValue();
        if (total == 0) {
            return new Page<>(List.of(), request.page(), request.size(), 0);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("select kind, fact_id, occurred_on, date_precision" + from + where
                + TimelineCursor.ORDER), request, lab)
                .setFirstResult(ListRequest.offset(request.page(), request.size())).setMaxResults(request.size()).getResultList();
        return new Page<>(entries(rows), request.page(), request.size(), total);
    }

    /** A page by cursor: the entries after the cursor's, one more than asked to know whether there is a next; no count. */
    private Page<TimelineEntry> slice(TimelineRequest request, Lab lab, String from, StringBuilder where) {
        TimelineCursor after = request.cursor().isBlank() ? null : TimelineCursor.decode(request.cursor());
        Query query = bind(em.createNativeQuery("select kind, fact_id, occurred_on, date_precision" + from + where
                + (after == null ? "" : TimelineCursor.CONDITION) + TimelineCursor.ORDER), request, lab)
                .setMaxResults(request.size() + 1);
        if (after != null) {
            query.setParameter("cursorDate", after.date()).setParameter("cursorKind", after.kind()).setParameter("cursorId", after.id());
        }
        @SuppressWarnings("unchecked")
        Page<Object[]> rows = Page.ofOneMore(new ArrayList<Object[]>(query.getResultList()), request.size(),
                last -> new TimelineCursor(SqlValues.date(last[2]), (String) last[0], ((Number) last[1]).longValue()).encode());
        return rows.withItems(entries(rows.items()));
    }

    /**
     * Describes lab_event rows (kind, fact id, date, precision): one statement per kind of fact on the page (each kind's
     * store loads its facts), one for the page's sources and one for all the facts' citations.
     */
    public List<TimelineEntry> entries(List<Object[]> rows) {
        Map<String, RecordKind> byTimelineKind = timelineKinds();
        Map<RecordKind, List<Long>> idsByKind = new LinkedHashMap<>();
        List<Long> sourceIds = new ArrayList<>();
        for (Object[] row : rows) {
            long id = ((Number) row[1]).longValue();
            RecordKind kind = byTimelineKind.get((String) row[0]);
            if (kind == null) {
                sourceIds.add(id);
            } else {
                idsByKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(id);
            }
        }
        Map<Long, DatedFact> facts = new HashMap<>();
        idsByKind.forEach((kind, ids) -> kind.store().byIds(ids).forEach((id, fact) -> facts.put(id, (DatedFact) fact)));
        Map<Long, Source> sources = load(Source.class, "", sourceIds);
        Map<Long, List<Citation>> cited = citations.forFacts("fact", facts.keySet());
        Successions links = successions(facts.values());

        List<TimelineEntry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            String kind = (String) row[0];
            long id = ((Number) row[1]).longValue();
            LocalDate date = SqlValues.date(row[2]);
            DatePrecision precision = DatePrecision.valueOf((String) row[3]);
            RecordKind recordKind = byTimelineKind.get(kind);
            DatedFact fact = recordKind == null ? null : facts.get(id);
            String summary;
            java.time.Instant recordedAt;
            if (fact == null) {
                Source s = sources.get(id);
                summary = s.outlet + ": " + s.headline;
                recordedAt = s.updatedAt;
            } else {
                summary = recordKind.summary(fact, kind);
                recordedAt = fact.updatedAt;
            }
            List<TimelineEntry.CitedSource> sourcesOfFact = fact == null ? List.of()
                    : cited.getOrDefault(id, List.of()).stream().map(TimelineQuery::cited).toList();
            entries.add(new TimelineEntry(kind, id, date, precision, precision.display(date), summary,
                    fact == null ? null : fact.certainty, sourcesOfFact, recordedAt, fact == null ? null : fact.status,
                    fact == null ? null : fact.statusReason, fact == null || fact.supersededById == null ? null : links.reference(fact.supersededById),
                    fact == null ? List.of() : links.supersededBy(id)));
        }
        return entries;
    }

    /** Which facts the page's facts superseded, and the kinds of their successors, to name both ends as kind/id. */
    private record Successions(Map<Long, String> kinds, Map<Long, List<Long>> predecessors, RecordKinds recordKinds) {

        String reference(long id) {
            String kind = kinds.get(id);
            return kind == null ? null : recordKinds.ofFactKind(kind).map(k -> k.segment + "/" + id).orElse(null);
        }

        List<String> supersededBy(long id) {
            return predecessors.getOrDefault(id, List.of()).stream().map(this::reference).filter(java.util.Objects::nonNull).toList();
        }
    }

    /** Both ends of the page's supersessions: one statement (by the partial index on superseded_by_id, and by id). */
    private Successions successions(Collection<DatedFact> facts) {
        Map<Long, String> kinds = new HashMap<>();
        Map<Long, List<Long>> predecessors = new HashMap<>();
        if (!facts.isEmpty()) {
            List<Long> ids = facts.stream().map(f -> f.id).toList();
            List<Long> successors = new ArrayList<>(facts.stream().map(f -> f.supersededById).filter(java.util.Objects::nonNull).toList());
            successors.add(-1L);
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, kind, superseded_by_id from fact where superseded_by_id in (:ids) or id in (:successors)")
                    .setParameter("ids", ids).setParameter("successors", successors).getResultList();
            for (Object[] row : rows) {
                long id = ((Number) row[0]).longValue();
                kinds.put(id, (String) row[1]);
                if (row[2] != null && ids.contains(((Number) row[2]).longValue())) {
                    predecessors.computeIfAbsent(((Number) row[2]).longValue(), k -> new ArrayList<>()).add(id);
                }
            }
        }
        return new Successions(kinds, predecessors, recordKinds);
    }

    /** Each kind of timeline entry a fact makes (HIRE_IN, HIRE_OUT, FUNDING_ROUND, ...), with its kind of record. */
    private Map<String, RecordKind> timelineKinds() {
        Map<String, RecordKind> kinds = new LinkedHashMap<>();
        recordKinds.facts().forEach(k -> k.store().timelineKinds().forEach(t -> kinds.put(t, k)));
        return kinds;
    }

    /** The kinds of entry a timeline can be filtered by: every fact's, and SOURCE. */
    public java.util.SortedSet<String> kinds() {
        java.util.SortedSet<String> kinds = new java.util.TreeSet<>(timelineKinds().keySet());
        kinds.add("SOURCE");
        return kinds;
    }

    static TimelineEntry.CitedSource cited(Citation c) {
        Source s = c.source;
        return new TimelineEntry.CitedSource(s.slug, s.outlet, s.headline, s.url, s.publishedOn, c.note, s.effectiveGrade());
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

    private void check(TimelineRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> known = kinds();
        request.kinds().stream().filter(k -> !known.contains(k)).forEach(k ->
                errors.add(new FieldError("kind", "'" + k + "' must be one of " + String.join(", ", known))));
        io.labwatch.domain.shared.DateRules.notBefore("to", request.to(), "from", request.from(), errors);
        ListRequest.checkPaging(request.page(), request.size(), errors);
        if (!errors.isEmpty()) {
            throw new BadQueryException(errors);
        }
    }
}

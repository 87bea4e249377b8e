package io.labwatch.domain.watch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * How watch items fared, per lab and per quarter they were raised in: open (and of those, overdue), resolved (and of
 * those, by a linked fact) and expired. One statement; the per-lab totals are the rows whose quarter is null.
 */
@ApplicationScoped
public class WatchScorecard {

    /** One line of the scorecard; {@code quarter} null: the lab's total. */
    public record Line(String lab, String labSlug, String quarter, long open, long overdue, long resolved, long resolvedByFact,
            long expired) {
        public long total() {
            return open + resolved + expired;
        }
    }

    @Inject
    EntityManager em;

    @Transactional
    @SuppressWarnings("unchecked")
    public List<Line> lines(LocalDate today) {
        List<Object[]> rows = em.createNativeQuery("""
                select coalesce(l.name, 'No lab'), l.slug, to_char(date_trunc('quarter', w.raised_on), 'YYYY-"Q"Q') as quarter,
                       count(*) filter (where w.status = 'OPEN'),
                       count(*) filter (where w.status = 'OPEN' and w.due_by < :today),
                       count(*) filter (where w.status = 'RESOLVED'),
                       count(*) filter (where w.status = 'RESOLVED' and w.resolved_by_fact_id is not null),
                       count(*) filter (where w.status = 'EXPIRED')
                  from watch_item w left join lab l on l.id = w.lab_id
                 group by grouping sets ((l.name, l.slug, quarter), (l.name, l.slug))
                 order by 1, 2, quarter nulls last
                """).setParameter("today", today).getResultList();
        return rows.stream().map(r -> new Line((String) r[0], (String) r[1], (String) r[2], n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7])))
                .toList();
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}

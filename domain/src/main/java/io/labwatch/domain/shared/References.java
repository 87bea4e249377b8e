package io.labwatch.domain.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Counts the rows that point at an entity, to say why a delete is refused. */
@ApplicationScoped
public class References {

    @Inject
    EntityManager em;

    /**
     * For each "table.column" given, how many rows hold the id; only non-zero counts are kept. One
     * statement whatever the number of columns.
     */
    public Map<String, Long> count(long id, String... tableColumns) {
        String sql = Arrays.stream(tableColumns)
                .map(tc -> "(select count(*) from " + tc.substring(0, tc.indexOf('.')) + " where "
                        + tc.substring(tc.indexOf('.') + 1) + " = :id)")
                .collect(Collectors.joining(", ", "select ", ""));
        Object result = em.createNativeQuery(sql).setParameter("id", id).getSingleResult();
        Object[] row = tableColumns.length == 1 ? new Object[] {result} : (Object[]) result;
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < tableColumns.length; i++) {
            long n = ((Number) row[i]).longValue();
            if (n > 0) {
                String table = tableColumns[i].substring(0, tableColumns[i].indexOf('.')).replace('_', ' ');
                counts.merge(table, n, Long::sum);
            }
        }
        return counts;
    }

    /** "3 hire, 1 funding round" as a reason, or empty. */
    public Optional<String> describe(long id, String... tableColumns) {
        return reason(count(id, tableColumns));
    }

    /**
     * The facts that name the lab or person ({@code column}: lab_id or person_id of fact_party), counted by kind as
     * "hire", "funding round" (each kind's table name in words), with the other references, in one reason.
     */
    public Optional<String> describeWithFacts(long id, String partyColumn, String... tableColumns) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select lower(replace(f.kind, '_', ' ')), count(distinct f.id) from fact_party p"
                + " join fact f on f.id = p.fact_id where p." + partyColumn + " = :id group by f.kind order by f.kind")
                .setParameter("id", id).getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        if (tableColumns.length > 0) {
            count(id, tableColumns).forEach((table, n) -> counts.merge(table, n, Long::sum));
        }
        return reason(counts);
    }

    /** "still referenced by 3 hires, 1 funding round", or empty when nothing refers. */
    private static Optional<String> reason(Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("still referenced by " + counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey() + (e.getValue() == 1 ? "" : "s"))
                .collect(Collectors.joining(", ")));
    }
}

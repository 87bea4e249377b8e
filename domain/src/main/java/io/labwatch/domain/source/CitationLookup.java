package io.labwatch.domain.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Loads the citations (with their sources) of many facts of one type in one statement. */
@ApplicationScoped
public class CitationLookup {

    @Inject
    EntityManager em;

    /**
     * Citations by fact id, each list in citation order. {@code attribute} is the citation's attribute for the
     * fact type: lab, hire, fundingRound, valuation, financialMetric, computeDeal or watchItem.
     */
    /** Facts per statement: well below PostgreSQL's parameter limit. */
    static final int CHUNK = 10_000;

    public Map<Long, List<Citation>> forFacts(String attribute, Collection<Long> ids) {
        Map<Long, List<Citation>> byFact = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return byFact;
        }
        // In chunks: PostgreSQL takes at most 65,535 parameters in a statement (an all-labs brief can cite more facts).
        List<Long> all = List.copyOf(ids);
        for (int start = 0; start < all.size(); start += CHUNK) {
            List<Object[]> rows = em.createQuery("select c." + attribute + ".id, c from Citation c join fetch c.source where c."
                    + attribute + ".id in :ids order by c.id", Object[].class)
                    .setParameter("ids", all.subList(start, Math.min(all.size(), start + CHUNK))).getResultList();
            for (Object[] row : rows) {
                byFact.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((Citation) row[1]);
            }
        }
        return byFact;
    }
}

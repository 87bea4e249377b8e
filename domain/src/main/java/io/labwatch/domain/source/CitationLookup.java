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
     * The type that names facts of any kind at once: a citation's fact is one column and fact ids are unique across
     * kinds, so one statement serves facts of several kinds.
     */
    public static final String ANY_FACT = "fact";

    /** Facts per statement: well below PostgreSQL's parameter limit. */
    static final int CHUNK = 10_000;

    /**
     * Citations by id of what they cite, each list in citation order. {@code type} names what the ids are: lab,
     * watchItem, or a kind of fact (hire, fundingRound, ...; fact ids are unique across kinds).
     */
    public Map<Long, List<Citation>> forFacts(String type, Collection<Long> ids) {
        String attribute = attribute(type);
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

    /** The citation's attribute that points at things of this type: lab, watchItem, or fact for every kind of fact. */
    public static String attribute(String type) {
        return type.equals("lab") || type.equals("watchItem") ? type : "fact";
    }
}

package io.labwatch.domain.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Labs and people that a new one's name may duplicate: "Thinking Machines" is "Thinking Machines Lab", "Open AI" is
 * "OpenAI", "Anthropic, Inc." is "Anthropic". Names and aliases are compared by their words without case, accents,
 * punctuation or the words every company name may carry ({@link #GENERIC}), run together.
 */
@ApplicationScoped
public class LookAlikes {

    /** Words a name of the same organisation may or may not carry. */
    static final Set<String> GENERIC = Set.of("the", "lab", "labs", "inc", "ltd", "llc", "corp", "corporation", "co", "company", "ai",
            "gmbh", "sa", "plc");

    /** A record whose name or alias matches. */
    public record Match(String slug, String name) {
    }

    @Inject
    EntityManager em;

    /** The labs or people (by segment) whose name or an alias reads as {@code name} or one of {@code aliases}. */
    @SuppressWarnings("unchecked")
    public List<Match> of(String segment, String name, String aliases) {
        String table = segment.equals("labs") ? "lab" : segment.equals("people") ? "person" : null;
        if (table == null || name == null || name.isBlank()) {
            return List.of();
        }
        Set<String> wanted = keys(name, aliases);
        List<Match> matches = new ArrayList<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("select slug, name, aliases from " + table).getResultList()) {
            Set<String> theirs = keys((String) row[1], (String) row[2]);
            if (theirs.stream().anyMatch(wanted::contains)) {
                matches.add(new Match((String) row[0], (String) row[1]));
            }
        }
        return matches;
    }

    /**
     * The sources at the same address as {@code url} (read by the database's {@code source_address}: no scheme, "www.",
     * fragment or utm_ parameters), but {@code except}; one index read.
     */
    @SuppressWarnings("unchecked")
    public List<Match> sources(String url, String except) {
        if (url == null || url.isBlank()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("select slug, outlet || ': ' || headline from source where url is not null"
                        + " and source_address(url) = source_address(:url) and slug <> :except order by id")
                .setParameter("url", url.trim()).setParameter("except", except == null ? "" : except).setMaxResults(20).getResultList();
        return rows.stream().map(r -> new Match((String) r[0], (String) r[1])).toList();
    }

    /** The ways a name and its aliases read: all words run together, and without the generic words. */
    static Set<String> keys(String name, String aliases) {
        Set<String> keys = new LinkedHashSet<>();
        List<String> names = new ArrayList<>(List.of(name == null ? "" : name));
        if (aliases != null) {
            names.addAll(Arrays.asList(aliases.split(";")));
        }
        for (String n : names) {
            List<String> words = words(n);
            String all = String.join("", words);
            String specific = String.join("", words.stream().filter(w -> !GENERIC.contains(w)).toList());
            if (!all.isEmpty()) {
                keys.add(all);
            }
            if (!specific.isEmpty()) {
                keys.add(specific);
            }
        }
        return keys;
    }

    static List<String> words(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }
}

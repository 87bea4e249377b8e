package io.labwatch.web.edit;

import io.labwatch.domain.exchange.LookAlikes;
import io.labwatch.domain.shared.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The labs, people and sources a form's reference fields pick from. A short list is a choice in the page; past
 * {@code labwatch.forms.list-choices-up-to} the field is a text input that takes a name, short name (slug) or, for a
 * source, its address, and the page's script turns it into a picker that asks the server ({@link #find}) as the analyst
 * types — so a form never carries every source Labwatch holds.
 */
@ApplicationScoped
public class References {

    /** What a picker can look up, by the segment that names it. */
    enum Table {
        LABS("lab", "name", "name || ' ' || slug || ' ' || coalesce(aliases, '')", "lower(name)"),
        PEOPLE("person", "name", "name || ' ' || slug || ' ' || coalesce(aliases, '')", "lower(name)"),
        SOURCES("source", "outlet || ': ' || headline",
                "outlet || ' ' || headline || ' ' || slug || ' ' || coalesce(url, '')", "published_on desc nulls last, id desc");

        final String table;
        final String label;
        final String text;
        final String order;

        Table(String table, String label, String text, String order) {
            this.table = table;
            this.label = label;
            this.text = text;
            this.order = order;
        }

        static Table of(String segment) {
            return Arrays.stream(values()).filter(t -> t.name().toLowerCase(Locale.ROOT).equals(segment)).findFirst().orElse(null);
        }

        String segment() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The choices of one form: each table listed in full while short, else null (a picker). */
    public record Choices(Map<String, List<FormField.Option>> listed, Map<String, String> labels) {

        /** The options of a segment, or null where the field is a picker. */
        List<FormField.Option> listed(String segment) {
            return listed.get(segment);
        }

        /** The label of a chosen slug of a segment (its name, or outlet and headline), or the slug itself where none holds it. */
        String label(String segment, String slug) {
            return labels.getOrDefault(segment + "/" + slug, slug);
        }
    }

    /** Most a picker shows at once. */
    static final int FOUND = 20;

    @Inject
    EntityManager em;

    @Inject
    LookAlikes lookAlikes;

    @ConfigProperty(name = "labwatch.forms.list-choices-up-to", defaultValue = "100")
    int listUpTo;

    /** The choices for a form whose records cite sources or not, with the labels of the slugs already chosen. */
    public Choices choices(boolean cites, List<String> chosen) {
        Map<String, List<FormField.Option>> listed = new LinkedHashMap<>();
        for (Table t : Table.values()) {
            if (t != Table.SOURCES || cites) {
                List<FormField.Option> all = options(t, List.of(), listUpTo + 1);
                listed.put(t.segment(), all.size() > listUpTo ? null : all);
            }
        }
        Map<String, String> labels = new LinkedHashMap<>();
        List<String> slugs = chosen.stream().filter(s -> s != null && !s.isBlank()).distinct().toList();
        if (!slugs.isEmpty()) {
            for (Table t : Table.values()) {
                if (listed.containsKey(t.segment()) && listed.get(t.segment()) == null) {
                    labelsOf(t, slugs).forEach((slug, label) -> labels.put(t.segment() + "/" + slug, label));
                }
            }
        }
        return new Choices(listed, labels);
    }

    /** The records of a segment whose name, short name, aliases (or outlet, headline, address) hold every typed word. */
    public List<FormField.Option> find(String segment, String typed) {
        Table t = Table.of(segment);
        if (t == null) {
            return List.of();
        }
        List<String> words = typed == null ? List.of()
                : Arrays.stream(typed.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isEmpty()).limit(6).toList();
        return options(t, words, FOUND);
    }

    /**
     * The slug a typed reference means: a slug as it is; else a name or alias that only one lab or person answers to
     * (compared as look-alikes are), or a source's address. Several answers are a problem naming them; none leaves the
     * text for validation to refuse.
     */
    public Resolved resolve(String segment, String field, String typed) {
        Table t = Table.of(segment);
        String text = typed == null ? "" : typed.trim();
        if (t == null || text.isEmpty() || exists(t, text)) {
            return new Resolved(text, null);
        }
        List<String> slugs = new ArrayList<>();
        if (t == Table.SOURCES) {
            slugs.addAll(slugs("select slug from source where url = ?1 or lower(headline) = lower(?1) order by id", text));
        } else {
            lookAlikes.of(t.segment(), text, null).forEach(m -> slugs.add(m.slug()));
        }
        if (slugs.size() == 1) {
            return new Resolved(slugs.get(0), null);
        }
        if (slugs.size() > 1) {
            return new Resolved(text, new FieldError(field, "\"" + text + "\" could be any of " + String.join(", ", slugs)
                    + "; type the short name of the one you mean"));
        }
        return new Resolved(text, null);
    }

    /** A typed reference read as a slug, or the problem of an ambiguous one. */
    public record Resolved(String slug, FieldError problem) {
    }

    private boolean exists(Table t, String slug) {
        return !slugs("select slug from " + t.table + " where slug = ?1", slug).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> slugs(String sql, String value) {
        return em.createNativeQuery(sql).setParameter(1, value).setMaxResults(5).getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<FormField.Option> options(Table t, List<String> words, int limit) {
        StringBuilder sql = new StringBuilder("select slug, " + t.label + " from " + t.table + " where true");
        for (int i = 1; i <= words.size(); i++) {
            sql.append(" and lower(").append(t.text).append(") like ?").append(i).append(" escape '\\'");
        }
        sql.append(" order by ").append(t.order);
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < words.size(); i++) {
            query.setParameter(i + 1, "%" + words.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        List<FormField.Option> options = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.setMaxResults(limit).getResultList()) {
            options.add(new FormField.Option((String) row[0], (String) row[1]));
        }
        return options;
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> labelsOf(Table t, List<String> slugs) {
        Map<String, String> labels = new LinkedHashMap<>();
        List<Object[]> rows = em.createNativeQuery("select slug, " + t.label + " from " + t.table + " where slug in (?1)")
                .setParameter(1, slugs).getResultList();
        rows.forEach(r -> labels.put((String) r[0], (String) r[1]));
        return labels;
    }
}

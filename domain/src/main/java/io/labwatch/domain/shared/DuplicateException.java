package io.labwatch.domain.shared;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A natural key is already taken: a slug, a URL, a round's lab and name, a valuation's lab, date and basis, ...
 * {@code fields} are the record's fields that together form the key, and {@code existing} the key (slug or id) of the
 * record that holds it, where known, so that the fronts can name the fields and link that record.
 */
public class DuplicateException extends DomainException {

    /** The kind of record in words: "Funding round". */
    public final String entity;
    /** The entity class, to link the existing record (null where there is no page for it). */
    public final Class<?> type;
    public final List<String> fields;
    /** The slug or id of the record that holds the key; null when unknown. */
    public final Object existing;

    public DuplicateException(String entity, Class<?> type, List<String> fields, Object existing) {
        super(fields.isEmpty() ? "Another " + lower(entity) + " has the same key"
                : "This " + words(fields) + (fields.size() == 1 ? " is" : " are") + " already taken by another " + lower(entity));
        this.entity = entity;
        this.type = type;
        this.fields = List.copyOf(fields);
        this.existing = existing;
    }

    /** What to say beside one of the fields: "is already taken by another lab", "together with name is ...". */
    public String messageFor(String field) {
        List<String> others = fields.stream().filter(f -> !f.equals(field)).toList();
        return (others.isEmpty() ? "" : "together with " + words(others) + " ") + "is already taken by another " + lower(entity);
    }

    /** Field names as words: ["lab", "announcedOn"] is "lab and announced on". */
    static String words(List<String> fields) {
        List<String> words = fields.stream().map(f -> f.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT)).toList();
        return words.size() == 1 ? words.get(0)
                : words.subList(0, words.size() - 1).stream().collect(Collectors.joining(", ")) + " and " + words.get(words.size() - 1);
    }

    private static String lower(String entity) {
        return entity.toLowerCase(Locale.ROOT);
    }
}

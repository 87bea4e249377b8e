package io.labwatch.domain.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How an imported row compares with the stored record of the same key. Only the fields the row gives count (an empty
 * cell or a missing field says nothing), each as the store reads it: the row's draft made into a record, so that a lab
 * named by its name or alias reads as its slug, a currency as its code, and fields the store derives as derived.
 * Numbers compare by value (88000000000 is 8.8E10), text without surrounding spaces, empty text as no value; ids and
 * versions are not the row's to change. Citations: a row differs when it cites a source the record does not.
 */
final class StoredDifference {

    private static final Set<String> NOT_COMPARED = Set.of("id", "version", "citations");

    private StoredDifference() {
    }

    /** The fields the row gives with another value than the stored record's, in the record's order. */
    static List<String> fields(ObjectMapper json, Object row, Object asRead, Object stored) {
        ObjectNode given = json.valueToTree(row);
        ObjectNode read = json.valueToTree(asRead);
        ObjectNode held = json.valueToTree(stored);
        List<String> differing = new ArrayList<>();
        given.fields().forEachRemaining(field -> {
            if (!NOT_COMPARED.contains(field.getKey()) && !empty(field.getValue())
                    && !same(read.has(field.getKey()) ? read.get(field.getKey()) : field.getValue(), held.get(field.getKey()))) {
                differing.add(field.getKey());
            }
        });
        if (!newSources(given, held).isEmpty()) {
            differing.add("citations");
        }
        return differing;
    }

    /** The sources the row cites that the stored record does not (by slug, as rows name them). */
    static Set<String> newSources(JsonNode row, JsonNode stored) {
        Set<String> held = new HashSet<>();
        stored.path("citations").forEach(c -> held.add(c.path("source").asText()));
        Set<String> cited = new java.util.LinkedHashSet<>();
        row.path("citations").forEach(c -> {
            String source = c.path("source").asText("").strip();
            if (!source.isEmpty() && !held.contains(source)) {
                cited.add(source);
            }
        });
        return cited;
    }

    /**
     * The stored record with the row's given fields over it (as the store reads them); citations left out, so that the
     * update keeps the record's own (the new ones are added beside them).
     */
    @SuppressWarnings("unchecked")
    static <R> R over(ObjectMapper json, R row, R asRead, R stored) {
        ObjectNode merged = json.valueToTree(stored);
        ObjectNode given = json.valueToTree(row);
        ObjectNode read = json.valueToTree(asRead);
        given.fields().forEachRemaining(field -> {
            if (!NOT_COMPARED.contains(field.getKey()) && !empty(field.getValue())) {
                merged.set(field.getKey(), read.has(field.getKey()) && !read.get(field.getKey()).isNull() ? read.get(field.getKey()) : field.getValue());
            }
        });
        merged.putNull("citations");
        try {
            return (R) json.treeToValue(merged, stored.getClass());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read back a stored record with an imported row over it", e);
        }
    }

    static boolean same(JsonNode given, JsonNode held) {
        if (empty(given) || held == null || empty(held)) {
            return empty(given) && (held == null || empty(held));
        }
        if (given.isNumber() && held.isNumber()) {
            return given.decimalValue().compareTo(held.decimalValue()) == 0;
        }
        if (given.isTextual() && held.isTextual()) {
            return given.asText().strip().equals(held.asText().strip());
        }
        return given.equals(held);
    }

    private static boolean empty(JsonNode value) {
        return value == null || value.isNull() || value.isTextual() && value.asText().isBlank();
    }
}

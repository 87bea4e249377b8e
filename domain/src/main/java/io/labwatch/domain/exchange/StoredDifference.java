package io.labwatch.domain.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How an imported row compares with the stored record of the same key: only the fields the row gives count (an
 * empty cell or a missing field says nothing), numbers by value (88000000000 is 8.8E10), text without surrounding
 * spaces; ids, versions and citations are not the row's to change.
 */
final class StoredDifference {

    private static final Set<String> NOT_COMPARED = Set.of("id", "version", "citations");

    private StoredDifference() {
    }

    /** The fields the row gives with another value than the stored record's, in the record's order. */
    static List<String> fields(ObjectMapper json, Object row, Object stored) {
        ObjectNode given = json.valueToTree(row);
        ObjectNode held = json.valueToTree(stored);
        List<String> differing = new ArrayList<>();
        given.fields().forEachRemaining(field -> {
            if (!NOT_COMPARED.contains(field.getKey()) && !field.getValue().isNull() && !same(field.getValue(), held.get(field.getKey()))) {
                differing.add(field.getKey());
            }
        });
        return differing;
    }

    /** The stored record with the row's given fields over it; citations left out, so that the update keeps them. */
    @SuppressWarnings("unchecked")
    static <R> R over(ObjectMapper json, R row, R stored) {
        ObjectNode merged = json.valueToTree(stored);
        ObjectNode given = json.valueToTree(row);
        given.fields().forEachRemaining(field -> {
            if (!NOT_COMPARED.contains(field.getKey()) && !field.getValue().isNull()) {
                merged.set(field.getKey(), field.getValue());
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
        if (held == null || held.isNull()) {
            return false;
        }
        if (given.isNumber() && held.isNumber()) {
            return given.decimalValue().compareTo(held.decimalValue()) == 0;
        }
        if (given.isTextual() && held.isTextual()) {
            return given.asText().strip().equals(held.asText().strip());
        }
        return given.equals(held);
    }
}

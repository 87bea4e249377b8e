package io.labwatch.api.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Examples built from a schema, for the operations that have no example of their own (a record's operations have
 * theirs from its store's example): every field the schema names, with a value of its type taken from the demo data
 * where the field's name says what it is (a lab's slug, a date), so that a reader sees the shape of a real answer.
 * Redocly checks every example against its schema in CI.
 */
final class Examples {

    /** Values by field name, from the seed article (the demo data). */
    private static final Map<String, String> BY_NAME = Map.ofEntries(
            Map.entry("slug", "anthropic"), Map.entry("key", "anthropic"), Map.entry("lab", "anthropic"),
            Map.entry("labs", "anthropic"), Map.entry("toLab", "anthropic"), Map.entry("fromLab", "openai"),
            Map.entry("person", "andrej-karpathy"), Map.entry("name", "Anthropic"), Map.entry("title", "Anthropic"),
            Map.entry("source", "cnbc-karpathy-anthropic"), Map.entry("outlet", "CNBC"),
            Map.entry("headline", "Anthropic hires OpenAI co-founder Andrej Karpathy, former Tesla AI leader"),
            Map.entry("summary", "Andrej Karpathy joined Anthropic from OpenAI as a researcher on the pre-training team"),
            Map.entry("email", "analyst@example.com"), Map.entry("username", "analyst"), Map.entry("actor", "analyst"),
            Map.entry("url", "https://www.cnbc.com/2026/05/19/anthropic-hires-openai-co-founder-andrej-karpathy.html"),
            Map.entry("currency", "USD"), Map.entry("headquarters", "San Francisco"), Map.entry("event", "fact.created"),
            Map.entry("description", "Relay to the deals channel"), Map.entry("prefix", "lw_3fa9"), Map.entry("role", "ANALYST"),
            Map.entry("kind", "labs"), Map.entry("entityType", "lab"), Map.entry("q", "Karpathy"), Map.entry("dataset", "revenue"),
            Map.entry("section", "labs"), Map.entry("currentPassword", "the password you sign in with"),
            Map.entry("newPassword", "a long passphrase of your own"),
            Map.entry("snippet", "Anthropic hires OpenAI co-founder [[Andrej]] [[Karpathy]], former Tesla AI leader"));

    private static final int DEPTH = 6;

    private final Map<String, Schema> components;

    Examples(Map<String, Schema> components) {
        this.components = components;
    }

    /** An example of the schema in an answer, for a field or parameter of the given name (null: none known). */
    Object of(Schema schema, String name) {
        return of(schema, name, 0, false);
    }

    /** An example of the schema in a request: without the fields Labwatch gives (read-only). */
    Object ofRequest(Schema schema) {
        return of(schema, null, 0, true);
    }

    /** A page of a list with one item: by number, or by cursor with the next page's cursor. */
    Object page(Schema item, boolean byCursor) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", List.of(of(item, null)));
        if (byCursor) {
            page.put("size", 20);
            page.put("next", "bmV3ZXN0CnQKMTAxCjIwMjYtMDUtMTlUMDk6MzA6MDBa");
        } else {
            page.put("page", 1);
            page.put("size", 20);
            page.put("total", 1);
            page.put("pages", 1);
        }
        return page;
    }

    private Object of(Schema schema, String name, int depth, boolean request) {
        if (schema == null) {
            return null;
        }
        if (schema.getRef() != null) {
            return of(components.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1)), name, depth, request);
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return of(schema.getAllOf().get(0), name, depth, request);
        }
        if (schema.getAnyOf() != null && !schema.getAnyOf().isEmpty()) {
            return of(schema.getAnyOf().get(0), name, depth, request);
        }
        if (schema.getEnumeration() != null) {
            return schema.getEnumeration().stream().filter(value -> value != null).findFirst().orElse(null);
        }
        List<Schema.SchemaType> types = schema.getType();
        Schema.SchemaType type = types == null || types.isEmpty() ? Schema.SchemaType.OBJECT : types.get(0);
        return switch (type) {
            case STRING -> string(schema, name);
            case INTEGER -> "int64".equals(schema.getFormat()) ? 101L : 3;
            case NUMBER -> name != null && name.toLowerCase(java.util.Locale.ROOT).matches(".*(value|amount|valuation|usd|price|revenue|raised).*")
                    ? new java.math.BigDecimal("61500000000") : 1.5;
            case BOOLEAN -> true;
            case ARRAY -> depth >= DEPTH ? List.of() : List.of(of(schema.getItems(), name, depth + 1, request));
            case NULL -> null;
            case OBJECT -> object(schema, name, depth, request);
        };
    }

    private Object string(Schema schema, String name) {
        if ("date".equals(schema.getFormat())) {
            return "2026-05-19";
        }
        if ("date-time".equals(schema.getFormat())) {
            return "2026-05-19T09:30:00Z";
        }
        if ("binary".equals(schema.getFormat())) {
            return null;
        }
        String value = name == null ? "text" : BY_NAME.getOrDefault(name, "text");
        if (schema.getMaxLength() != null && value.length() > schema.getMaxLength()) {
            value = value.substring(0, schema.getMaxLength());
        }
        return value;
    }

    private Object object(Schema schema, String name, int depth, boolean request) {
        Map<String, Object> example = new LinkedHashMap<>();
        if (schema.getProperties() == null) {
            if (schema.getAdditionalPropertiesSchema() != null) {
                // counts by section ({"labs": 3}), or values by field name
                example.put("fields".equals(name) ? "name" : "labs", of(schema.getAdditionalPropertiesSchema(), null, depth + 1, request));
            } else if (Boolean.TRUE.equals(schema.getAdditionalPropertiesBoolean())) {
                example.put("name", "Anthropic");
            }
            return example;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((field, property) -> {
            if ((depth < DEPTH || required.contains(field)) && !(request && Boolean.TRUE.equals(property.getReadOnly()))) {
                Object value = of(property, field, depth + 1, request);
                if (value != null) {
                    example.put(field, value);
                }
            }
        });
        return example;
    }
}

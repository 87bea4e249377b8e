package io.labwatch.api.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A JSON body that cannot be read, said in the words of its fields ("must be a whole number", "must be a date
 * (YYYY-MM-DD)"). Jackson's own messages name Java types ({@code java.lang.Long}, the record classes) and its tokens:
 * they tell a prober about the inside and the client nothing it can act on.
 */
public final class JsonProblems {

    private static final Set<Class<?>> WHOLE = Set.of(Integer.class, int.class, Long.class, long.class, Short.class, short.class,
            BigInteger.class);
    private static final Set<Class<?>> DECIMAL = Set.of(BigDecimal.class, Double.class, double.class, Float.class, float.class);

    private JsonProblems() {
    }

    /** The field at fault ("citations[0]", "" for the body itself) and what it must be. */
    public static Problem.FieldProblem of(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? path(m) : "";
        return new Problem.FieldProblem(field, message(e));
    }

    static String message(JsonProcessingException e) {
        InputCoercionException range = cause(e, InputCoercionException.class);
        if (range != null) {
            return "must be " + expected(range.getTargetType()) + " between " + bounds(range.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + expected(mismatch.getTargetType());
        }
        if (!(e instanceof JsonMappingException)) {
            return "is not valid JSON" + (e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")")
                    + (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field") ? ": a key appears twice" : "");
        }
        return "cannot be read";
    }

    /** What a value of the type is, in words: "a whole number", "one of OTHER, FRONTIER_LAB". */
    public static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (WHOLE.contains(type)) {
            return "a whole number";
        }
        if (DECIMAL.contains(type)) {
            return "a number";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return "an instant with an offset (2026-06-01T12:00:00Z)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return Map.class.isAssignableFrom(type) || type.isRecord() ? "a JSON object" : "another kind of value";
    }

    private static String bounds(Class<?> type) {
        return type == Long.class || type == long.class ? Long.MIN_VALUE + " and " + Long.MAX_VALUE
                : Integer.MIN_VALUE + " and " + Integer.MAX_VALUE;
    }

    /** Where in the body: "citations[0].source". */
    static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}

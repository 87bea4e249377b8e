package io.labwatch.domain.listing;

import io.labwatch.domain.shared.FieldError;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a list endpoint accepts (filters and sort keys) and the JPQL it turns a request into. Unknown filters,
 * values that cannot match (an unknown enum constant, a bad date) and unknown sort keys are errors, so that a
 * typo gives 400 instead of a silently empty or unfiltered list.
 */
public final class ListSpec {

    private final Map<String, Filter> filters = new LinkedHashMap<>();
    private final Map<String, String> sorts = new LinkedHashMap<>();
    private final String defaultSort;

    public ListSpec(String defaultSort) {
        this.defaultSort = defaultSort;
    }

    public ListSpec filter(String name, String condition, java.util.function.Function<String, Object> parse) {
        filters.put(name, new Filter(name, condition, parse));
        return this;
    }

    /** The filters this list takes, in the order they were declared. */
    public java.util.Set<String> filterNames() {
        return java.util.Collections.unmodifiableSet(filters.keySet());
    }

    /** The filters {@code from} and {@code to} (inclusive days) on a date path, as every list of facts takes them on its date. */
    public ListSpec between(String path) {
        return filter("from", path + " >= :from", date()).filter("to", path + " <= :to", date());
    }

    public ListSpec sort(String key, String path) {
        sorts.put(key, path);
        return this;
    }

    /**
     * The where clause (with leading " where ", or empty), its parameters, and the order by clause; the sort as asked
     * ("-announcedOn") and the path it orders by, from which a cursor is made.
     */
    public record Jpql(String where, Map<String, Object> parameters, String orderBy, String sort, String sortPath) {
    }

    public Jpql compile(ListRequest request) {
        List<FieldError> errors = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        request.filters().forEach((name, raw) -> {
            Filter filter = filters.get(name);
            if (filter == null) {
                errors.add(new FieldError(name, "is not a filter of this list; filters: " + String.join(", ", filters.keySet())));
                return;
            }
            try {
                parameters.put(name, filter.parse().apply(raw.trim()));
                conditions.add(filter.condition());
            } catch (IllegalArgumentException | DateTimeParseException e) {
                errors.add(new FieldError(name, e.getMessage()));
            }
        });
        String sort = request.sort() == null || request.sort().isBlank() ? defaultSort : request.sort().trim();
        boolean descending = sort.startsWith("-");
        String path = sorts.get(descending ? sort.substring(1) : sort);
        if (path == null) {
            errors.add(new FieldError("sort", "must be one of " + sorts.keySet().stream()
                    .flatMap(k -> java.util.stream.Stream.of(k, "-" + k)).collect(Collectors.joining(", "))));
        }
        ListRequest.checkPaging(request.page(), request.size(), errors);
        if (!errors.isEmpty()) {
            throw new BadQueryException(errors);
        }
        if (request.byCursor() && !request.cursor().isBlank()) {
            Cursor cursor = Cursor.decode(request.cursor(), sort);
            conditions.add(cursor.condition(path, descending));
            if (cursor.parameter() != null) {
                parameters.put("cursorValue", cursor.parameter());
            }
            parameters.put("cursorId", cursor.id());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        String direction = descending ? " desc" : " asc";
        return new Jpql(where, parameters, " order by " + path + direction + " nulls last, e.id" + direction, sort, path);
    }

    /**
     * A filter's condition that the reference at {@code path} ("e.toLab") is the {@code entity} ("Lab") whose slug the
     * parameter {@code name} gives. Compared on the foreign key itself (fk()), not on the referenced row: a list fetches
     * its references with joins, and a condition on a joined row's id is evaluated after the join, over every row of
     * the kind, where the key's own index finds the few rows at once.
     */
    public static String slugOf(String path, String entity, String name) {
        return "fk(" + path + ") = (select x.id from " + entity + " x where x.slug = :" + name + ")";
    }

    // Parsers for the common filter types.

    public static java.util.function.Function<String, Object> date() {
        return QueryDates::date;
    }

    public static <E extends Enum<E>> java.util.function.Function<String, Object> oneOf(Class<E> type) {
        return raw -> {
            try {
                return Enum.valueOf(type, raw.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + raw + "' must be one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
            }
        };
    }

    public static java.util.function.Function<String, Object> text() {
        return raw -> {
            if (raw.isEmpty()) {
                throw new IllegalArgumentException("must not be empty");
            }
            return raw;
        };
    }

    /** A record's id: digits only. */
    public static java.util.function.Function<String, Object> id() {
        return raw -> {
            if (!raw.matches("[0-9]{1,18}")) {
                throw new IllegalArgumentException("'" + raw + "' is not an id (digits)");
            }
            return Long.parseLong(raw);
        };
    }
}

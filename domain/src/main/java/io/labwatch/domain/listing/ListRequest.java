package io.labwatch.domain.listing;

import io.labwatch.domain.shared.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A page of a filtered, sorted list: filters by name, a sort ("announcedOn" or "-announcedOn"), and either a 1-based
 * page number with a size, or a cursor (null: numbered pages; empty: the first page) with the size as its limit.
 */
public record ListRequest(Map<String, String> filters, String sort, int page, int size, String cursor) {

    public ListRequest(Map<String, String> filters, String sort, int page, int size) {
        this(filters, sort, page, size, null);
    }

    /** Paged by cursor rather than by number: no total is counted, and the answer names the next page's cursor. */
    public boolean byCursor() {
        return cursor != null;
    }

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public ListRequest {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    /** Adds the problems with a page number and size, if any. */
    public static void checkPaging(int page, int size, List<FieldError> errors) {
        if (page < 1) {
            errors.add(new FieldError("page", "must be 1 or more"));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(new FieldError("size", "must be between 1 and " + MAX_SIZE));
        }
    }

    public int offset() {
        return offset(page, size);
    }

    /**
     * The rows before a page. Computed in long and capped: page 2147483647 of 100 would overflow an int into a
     * negative offset, which the database refuses; a capped offset lies past every row, so the page is empty.
     */
    public static int offset(int page, int size) {
        return (int) Math.min(Math.max(0L, (long) page - 1) * size, Integer.MAX_VALUE);
    }

    /** The page a web list asks for (absent: the first); not a whole number: a 400 naming it. */
    public static int page(String raw) {
        List<FieldError> errors = new ArrayList<>();
        int page = number(raw, 1, "page", errors);
        if (!errors.isEmpty()) {
            throw new BadQueryException(errors);
        }
        return page;
    }

    /** A whole-number query parameter (page, size, limit); absent: the fallback; not a number: a problem naming it. */
    public static int number(String raw, int fallback, String name, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "must be a whole number (at most " + Integer.MAX_VALUE + ")"));
            return fallback;
        }
    }
}

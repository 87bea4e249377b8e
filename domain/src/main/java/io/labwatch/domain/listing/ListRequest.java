package io.labwatch.domain.listing;

import java.util.Map;

/** A page of a filtered, sorted list: filters by name, a sort ("announcedOn" or "-announcedOn"), 1-based page. */
public record ListRequest(Map<String, String> filters, String sort, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public ListRequest {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    /** Adds the problems with a page number and size, if any. */
    public static void checkPaging(int page, int size, java.util.List<io.labwatch.domain.shared.FieldError> errors) {
        if (page < 1) {
            errors.add(new io.labwatch.domain.shared.FieldError("page", "must be 1 or more"));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(new io.labwatch.domain.shared.FieldError("size", "must be between 1 and " + MAX_SIZE));
        }
    }

    public int offset() {
        return (page - 1) * size;
    }
}

package io.labwatch.domain.listing;

import java.util.List;

/**
 * One page of results: by number, with the total across all pages; or by cursor ({@link #byCursor}), with the cursor
 * of the next page (null on the last) and no total, which would cost a count of every row.
 */
public record Page<T>(List<T> items, int page, int size, long total, String next) {

    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, null);
    }

    /** A page read by cursor. */
    public static <T> Page<T> slice(List<T> items, int size, String next) {
        return new Page<>(items, 0, size, -1, next);
    }

    /** The same page with each item turned into another. */
    public <U> Page<U> map(java.util.function.Function<T, U> item) {
        return new Page<>(items.stream().map(item).toList(), page, size, total, next);
    }

    public boolean byCursor() {
        return total < 0;
    }

    public long pages() {
        return total <= 0 ? 1 : (total + size - 1) / size;
    }
}

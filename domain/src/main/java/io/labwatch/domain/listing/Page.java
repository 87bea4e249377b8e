package io.labwatch.domain.listing;

import java.util.List;
import java.util.function.Function;

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

    /**
     * A page by cursor from rows read one more than the page holds: the extra row says there is a next page, whose
     * cursor is the position after the last row kept (absent on the last page). No count is needed.
     */
    public static <T> Page<T> ofOneMore(List<T> read, int size, Function<T, String> cursorAfter) {
        if (read.size() <= size) {
            return slice(read, size, null);
        }
        List<T> kept = read.subList(0, size);
        return slice(kept, size, cursorAfter.apply(kept.get(size - 1)));
    }

    /** The same page with each item turned into another. */
    public <U> Page<U> map(Function<T, U> item) {
        return withItems(items.stream().map(item).toList());
    }

    /** The same page holding these items instead (the same rows read otherwise, in one pass over all of them). */
    public <U> Page<U> withItems(List<U> replaced) {
        return new Page<>(replaced, page, size, total, next);
    }

    public boolean byCursor() {
        return total < 0;
    }

    public long pages() {
        return total <= 0 ? 1 : (total + size - 1) / size;
    }
}

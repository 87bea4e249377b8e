package io.labwatch.domain.listing;

import io.labwatch.domain.shared.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Pages of a list that is read whole because it is small by nature (one user's tokens or webhooks, one record's
 * history, one lab's valuations), cut the way the store's lists are: by number, or by cursor after the last row's
 * position (its sort value, then its id), so that a row added or removed between two pages neither repeats one nor
 * skips one.
 *
 * @param <T> the row
 */
public final class WholeList<T> {

    private final String sort;
    private final Function<T, ? extends Comparable<?>> value;
    private final ToLongFunction<T> id;
    private final boolean descending;

    /**
     * A list whose rows come ordered by {@code value} (empty values last) then by {@code id}, both descending or both
     * ascending; {@code sort} names that order in the cursor.
     */
    public WholeList(String sort, Function<T, ? extends Comparable<?>> value, ToLongFunction<T> id, boolean descending) {
        this.sort = sort;
        this.value = value;
        this.id = id;
        this.descending = descending;
    }

    /** The page the request asks for; a bad page, size or cursor is a 400 naming it. */
    public Page<T> page(List<T> rows, ListRequest request) {
        List<FieldError> errors = new ArrayList<>();
        ListRequest.checkPaging(request.page(), request.size(), errors);
        if (!errors.isEmpty()) {
            throw new BadQueryException(errors);
        }
        if (!request.byCursor()) {
            int from = Math.min(request.offset(), rows.size());
            return new Page<>(rows.subList(from, Math.min(rows.size(), from + request.size())), request.page(), request.size(), rows.size());
        }
        int from = 0;
        if (!request.cursor().isBlank()) {
            Cursor cursor = Cursor.decode(request.cursor(), sort);
            while (from < rows.size() && !after(rows.get(from), cursor)) {
                from++;
            }
        }
        int to = Math.min(rows.size(), from + request.size());
        String next = null;
        if (to < rows.size()) {
            T last = rows.get(to - 1);
            next = Cursor.after(sort, value.apply(last), id.applyAsLong(last)).encode();
        }
        return Page.slice(rows.subList(from, to), request.size(), next);
    }

    /** Whether the row comes after the cursor's position in this list's order. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private boolean after(T row, Cursor cursor) {
        Comparable mine = value.apply(row);
        Object theirs;
        try {
            theirs = cursor.parameter();
        } catch (RuntimeException unreadable) {
            throw Cursor.notGiven();
        }
        int compared;
        if (mine == null || theirs == null) {
            // empty values sort last whatever the direction
            compared = mine == theirs ? 0 : mine == null ? 1 : -1;
        } else {
            if (!mine.getClass().isInstance(theirs)) {
                throw Cursor.notGiven();
            }
            compared = descending ? -mine.compareTo(theirs) : mine.compareTo(theirs);
        }
        if (compared == 0) {
            long mineId = id.applyAsLong(row);
            compared = descending ? Long.compare(cursor.id(), mineId) : Long.compare(mineId, cursor.id());
        }
        return compared > 0;
    }
}

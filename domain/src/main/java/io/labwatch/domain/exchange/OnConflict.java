package io.labwatch.domain.exchange;

import io.labwatch.domain.listing.BadQueryException;
import io.labwatch.domain.shared.FieldError;
import java.util.List;
import java.util.Locale;

/** What an import does with a row whose record is stored already with other values. */
public enum OnConflict {
    /** Apply the row's values over the stored ones (the fields it gives; recorded in the history as an import). */
    UPDATE,
    /** Keep the stored record as it is, and count the row as skipped. */
    SKIP,
    /** Refuse the import, naming the row and the fields that differ (the default: nothing changes unasked). */
    FAIL;

    /** The choice a request names (any case); absent: FAIL; anything else a 400 naming the parameter. */
    public static OnConflict parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return FAIL;
        }
        try {
            return valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadQueryException(List.of(new FieldError("onConflict", "must be update, skip or fail")));
        }
    }
}

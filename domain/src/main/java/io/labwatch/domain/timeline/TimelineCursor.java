package io.labwatch.domain.timeline;

import io.labwatch.domain.listing.BadQueryException;
import io.labwatch.domain.shared.FieldError;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

/**
 * Where a timeline page stopped, in the timeline's one order (newest first, then kind, then the newest fact): the
 * last entry's date, kind and fact id. The next page is what comes after it, so entries recorded meanwhile neither
 * repeat one nor skip one. Opaque URL-safe text for clients.
 */
record TimelineCursor(LocalDate date, String kind, long id) {

    /** The timeline's one order, which the condition below follows. */
    static final String ORDER = " order by occurred_on desc, kind, fact_id desc";

    /** After this position in {@link #ORDER}; parameters :cursorDate, :cursorKind, :cursorId. */
    static final String CONDITION = " and (occurred_on < :cursorDate or (occurred_on = :cursorDate and (kind > :cursorKind"
            + " or (kind = :cursorKind and fact_id < :cursorId))))";

    String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((date + "\n" + kind + "\n" + id).getBytes(StandardCharsets.UTF_8));
    }

    static TimelineCursor decode(String raw) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(raw.trim()), StandardCharsets.UTF_8).split("\n", 3);
            if (parts.length != 3 || !parts[1].matches("[A-Z_]{1,40}")) {
                throw new IllegalArgumentException("bad cursor");
            }
            return new TimelineCursor(LocalDate.parse(parts[0]), parts[1], Long.parseLong(parts[2]));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new BadQueryException(List.of(new FieldError("cursor", "is not a cursor this timeline gave: send the 'next' of the "
                    + "previous page as it is, or leave cursor empty to start at the newest")));
        }
    }
}

package io.labwatch.domain.timetravel;

import io.labwatch.domain.listing.BadQueryException;
import io.labwatch.domain.listing.QueryDates;
import io.labwatch.domain.shared.FieldError;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A moment to look at the data from: "as known on" a day (its end, UTC) or an exact instant. Distinct from a
 * brief's period, which filters by when things happened.
 */
public record AsOf(Instant instant, String label) {

    /** A query parameter: parses {@code 2026-06-01} (the end of that day, UTC) or an ISO-8601 instant with an offset; null or blank: none. */
    public static AsOf parse(String raw, String field) {
        return read(raw, field, true);
    }

    /** A "since" query parameter: a date means its start (UTC), an instant itself; null or blank: none. */
    public static Instant since(String raw, String field) {
        AsOf from = read(raw, field, false);
        return from == null ? null : from.instant();
    }

    private static AsOf read(String raw, String field, boolean dayEnds) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.trim();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                if (QueryDates.within(day.atStartOfDay(ZoneOffset.UTC).toInstant())) {
                    return dayEnds ? endOf(day) : new AsOf(day.atStartOfDay(ZoneOffset.UTC).toInstant(), day.toString());
                }
            } else {
                Instant at = OffsetDateTime.parse(text).toInstant();
                if (QueryDates.within(at)) {
                    return new AsOf(at, at.toString());
                }
            }
        } catch (DateTimeParseException e) {
            // reported below, with the rule
        }
        throw new BadQueryException(List.of(new FieldError(field, "must be a date (2026-06-01) or an instant with an offset "
                + "(2026-06-01T12:00:00Z), between " + QueryDates.FIRST + " and " + QueryDates.LAST)));
    }

    /** The data as it stood at the end of the given day (UTC). */
    public static AsOf endOf(LocalDate day) {
        return new AsOf(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1000), day.toString());
    }
}

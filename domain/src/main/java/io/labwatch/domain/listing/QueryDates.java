package io.labwatch.domain.listing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Dates in query parameters (filters, "as of", "since"): ISO-8601 within the years 1 to 9999. Java reads years up
 * to 999,999,999 ("+999999999-12-31"), which PostgreSQL cannot hold; bounding them here turns such a value into a
 * 400 that names the parameter instead of a database error.
 */
public final class QueryDates {

    public static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    public static final LocalDate LAST = LocalDate.of(9999, 12, 31);
    public static final String RULE = "must be a date (YYYY-MM-DD) between " + FIRST + " and " + LAST;

    private QueryDates() {
    }

    /** The date, or IllegalArgumentException with a reader's message. */
    public static LocalDate date(String raw) {
        try {
            LocalDate date = LocalDate.parse(raw.trim());
            if (!date.isBefore(FIRST) && !date.isAfter(LAST)) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // reported below, with the rule
        }
        throw new IllegalArgumentException("'" + raw + "' " + RULE);
    }

    public static boolean within(Instant instant) {
        return !instant.isBefore(FIRST.atStartOfDay(ZoneOffset.UTC).toInstant())
                && instant.isBefore(LAST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}

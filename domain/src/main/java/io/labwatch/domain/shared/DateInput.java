package io.labwatch.domain.shared;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Reads a date as analysts type it and how much of it is known: "2026-05-29", "29 May 2026", "May 29, 2026" are days;
 * "May 2026" and "2026-05" months (stored on the 1st); "2026" a year (stored on 1 January).
 */
public final class DateInput {

    public static final String FORMATS = "e.g. 2026-05-29, 29 May 2026, May 2026 or 2026";

    private static final List<DateTimeFormatter> DAYS = List.of(DateTimeFormatter.ISO_LOCAL_DATE, formatter("d MMMM uuuu"),
            formatter("d MMM uuuu"), formatter("MMMM d, uuuu"), formatter("MMM d, uuuu"), formatter("MMMM d uuuu"));
    private static final List<DateTimeFormatter> MONTHS = List.of(formatter("uuuu-MM"), formatter("MMMM uuuu"), formatter("MMM uuuu"));

    private DateInput() {
    }

    /** A date with its precision, or the problem with the text. */
    public record Reading(LocalDate date, DatePrecision precision, String problem) {
    }

    public static Reading read(String text) {
        String s = text == null ? "" : text.trim().replaceAll("\\s+", " ").replaceAll("(?<=\\d)(st|nd|rd|th)\\b", "");
        for (DateTimeFormatter f : DAYS) {
            try {
                return new Reading(LocalDate.parse(s, f), DatePrecision.DAY, null);
            } catch (DateTimeParseException e) {
                // try the next way of writing a day
            }
        }
        for (DateTimeFormatter f : MONTHS) {
            try {
                return new Reading(YearMonth.parse(s, f).atDay(1), DatePrecision.MONTH, null);
            } catch (DateTimeParseException e) {
                // try the next way of writing a month
            }
        }
        if (s.matches("\\d{4}")) {
            return new Reading(Year.parse(s).atDay(1), DatePrecision.YEAR, null);
        }
        return new Reading(null, null, "must be a date, " + FORMATS);
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH)
                .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    }
}

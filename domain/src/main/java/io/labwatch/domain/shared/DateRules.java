package io.labwatch.domain.shared;

import java.time.LocalDate;
import java.util.List;

/** The rule every pair of dates of a record shares: the later one is not before the earlier one. */
public final class DateRules {

    private DateRules() {
    }

    /** A problem on {@code field} when its date lies before {@code earlierField}'s; nothing when either is unknown. */
    public static void notBefore(String field, LocalDate date, String earlierField, LocalDate earlier, List<FieldError> errors) {
        if (date != null && earlier != null && date.isBefore(earlier)) {
            // a field's name reads as "the announced date (2026-05-01)"; a caller's own words stay as they are
            errors.add(new FieldError(field, earlierField.matches("[a-z][A-Za-z]*")
                    ? "must be on or after the " + words(earlierField) + " date (" + earlier + ")" : "must be on or after " + earlierField));
        }
    }

    /** A date field in words, for "the ... date": "announcedOn" becomes "announced", "asOf" "as of". */
    static String words(String field) {
        return field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT).replaceAll(" on$", "");
    }
}

package io.labwatch.domain.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How much of a fact's date is known: a move known only as "May 2026" is stored on 1 May with MONTH. */
public enum DatePrecision {
    DAY("d MMMM yyyy"),
    MONTH("MMMM yyyy"),
    YEAR("yyyy");

    private final DateTimeFormatter format;

    DatePrecision(String pattern) {
        this.format = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
    }

    /** The date as a reader should see it, without pretending to know more than we do. */
    public String display(LocalDate date) {
        return date == null ? "" : format.format(date);
    }

    /** The date with its preposition: "on 3 March 2025", "in March 2025", "in 2025". */
    public String inWords(LocalDate date) {
        return date == null ? "" : (this == DAY ? "on " : "in ") + format.format(date);
    }
}

package io.labwatch.reports.brief;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A chart's data: HTML and PDF draw it (server-side SVG), Markdown gives it as a table, JSON as it is. {@code kind} is
 * LINE (points over time: a valuation history) or BARS (a pair of bars per label: talent in and out). Every point says
 * how exact it is, and its footnotes are its facts' sources.
 */
public record Chart(String kind, String title, String description, String valueLabel, List<Point> points) {

    /**
     * A point: its {@code label} (a date or a lab), when ({@code on}, for a line), its value ({@code value}, USD or a
     * count, and as displayed), a range where only that is known, whether it is estimated or rumoured (drawn hollow),
     * a note ("+12.5%": a step-up) and, for bars, the second value ({@code other}: departures beside arrivals).
     */
    public record Point(String label, LocalDate on, BigDecimal value, String display, BigDecimal low, BigDecimal high, boolean estimated,
            boolean rumoured, String note, BigDecimal other, List<Integer> footnotes) {
    }
}

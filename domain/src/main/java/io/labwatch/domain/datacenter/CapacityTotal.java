package io.labwatch.domain.datacenter;

import io.labwatch.domain.figures.Ranges;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The rule "capacity a lab has access to": the sum, over the data centers it uses (each counted once), of each center's
 * latest reported IT power and H100-equivalents, with the uncertainty carried. The point is the sum of points where
 * every center that gives the figure gives a point; the low end sums each center's low (or its point), the high end
 * each center's high (or its point), and an end is unknown as soon as one center leaves it open. It is the capacity of
 * the facilities, not the lab's share of shared ones. Only operational capacity counts: a center last reported as planned,
 * under construction or decommissioned adds nothing and is counted as not operational; one without a report, or whose
 * report gives no figure, as silent.
 *
 * @param centers        the centers the lab uses
 * @param silent         how many operational or unreported centers give no figure
 * @param notOperational how many were last reported planned, under construction or decommissioned
 * @param estimated      whether any figure summed is an estimate
 */
public record CapacityTotal(Sum powerMw, Sum h100Equivalents, int centers, int silent, int notOperational, boolean estimated) {

    /** A summed figure: point and range ends, each null when unknown; {@code reports} is how many centers gave it. */
    public record Sum(BigDecimal point, BigDecimal low, BigDecimal high, int reports) {

        /** "about 300 (240–360)", or null when no center gave the figure. */
        public String text() {
            if (reports == 0) {
                return null;
            }
            // a range only where it says more than the point: ends equal to the point are no range
            boolean exact = point != null && (low == null || low.compareTo(point) == 0) && (high == null || high.compareTo(point) == 0);
            return exact ? Ranges.text(point, null, null, CapacityReportStore::number) : Ranges.text(point, low, high, CapacityReportStore::number);
        }
    }

    /** The total of the latest report of each center; {@code null} entries are centers with no report. */
    public static CapacityTotal of(List<CapacityReport> latest) {
        List<CapacityReport> reports = latest.stream().filter(Objects::nonNull).filter(r -> r.stage == null || r.stage == CapacityStage.OPERATIONAL)
                .toList();
        Sum power = sum(reports, r -> r.powerMw, r -> r.powerMwLow, r -> r.powerMwHigh);
        Sum h100 = sum(reports, r -> r.h100Equivalents, r -> r.h100EquivalentsLow, r -> r.h100EquivalentsHigh);
        int notOperational = (int) latest.stream().filter(Objects::nonNull).filter(r -> r.stage != null && r.stage != CapacityStage.OPERATIONAL)
                .count();
        int silent = (int) latest.stream().filter(r -> r == null || (r.stage == null || r.stage == CapacityStage.OPERATIONAL) && !gives(r)).count();
        return new CapacityTotal(power, h100, latest.size(), silent, notOperational, reports.stream().anyMatch(r -> r.estimated));
    }

    private static boolean gives(CapacityReport r) {
        return r.powerMw != null || r.powerMwLow != null || r.powerMwHigh != null || r.h100Equivalents != null || r.h100EquivalentsLow != null
                || r.h100EquivalentsHigh != null;
    }

    private static Sum sum(List<CapacityReport> reports, Function<CapacityReport, BigDecimal> point, Function<CapacityReport, BigDecimal> low,
            Function<CapacityReport, BigDecimal> high) {
        BigDecimal p = BigDecimal.ZERO;
        BigDecimal lo = BigDecimal.ZERO;
        BigDecimal hi = BigDecimal.ZERO;
        int count = 0;
        for (CapacityReport r : reports) {
            if (point.apply(r) == null && low.apply(r) == null && high.apply(r) == null) {
                continue;
            }
            count++;
            p = add(p, point.apply(r));
            lo = add(lo, low.apply(r) != null ? low.apply(r) : point.apply(r));
            hi = add(hi, high.apply(r) != null ? high.apply(r) : point.apply(r));
        }
        return new Sum(count == 0 ? null : p, count == 0 ? null : lo, count == 0 ? null : hi, count);
    }

    /** A running sum that stays unknown once one term is. */
    private static BigDecimal add(BigDecimal sum, BigDecimal term) {
        return sum == null || term == null ? null : sum.add(term);
    }

    /**
     * "About 300 (240–360) MW of IT power and 220K H100-equivalents across 2 data centers (includes estimates; 1
     * reports no figures; 1 not operational)", or null when no center gives a figure.
     */
    public String text() {
        List<String> parts = new ArrayList<>();
        int giving = centers - silent - notOperational;
        if (powerMw.text() != null) {
            parts.add(powerMw.text() + " MW of IT power" + (powerMw.reports() < giving ? " (for " + powerMw.reports() + " of them)" : ""));
        }
        if (h100Equivalents.text() != null) {
            parts.add(h100Equivalents.text() + " H100-equivalents" + (h100Equivalents.reports() < giving ? " (for " + h100Equivalents.reports() + " of them)" : ""));
        }
        if (parts.isEmpty()) {
            return null;
        }
        List<String> notes = new ArrayList<>();
        if (estimated) {
            notes.add("includes estimates");
        }
        if (silent > 0) {
            notes.add(silent + (silent == 1 ? " reports" : " report") + " no figures");
        }
        if (notOperational > 0) {
            notes.add(notOperational + " not operational");
        }
        String line = String.join(" and ", parts) + " across " + centers + (centers == 1 ? " data center" : " data centers");
        return io.labwatch.domain.shared.TextRules.withNotes(Character.toUpperCase(line.charAt(0)) + line.substring(1), notes);
    }
}

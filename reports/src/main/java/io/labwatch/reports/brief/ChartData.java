package io.labwatch.reports.brief;

import io.labwatch.domain.figures.Money;
import io.labwatch.domain.figures.PercentChange;
import io.labwatch.domain.funding.ValuationMark;
import io.labwatch.domain.shared.Certainty;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The data of the charts pages and briefs share: a lab's valuation history, and talent in and out per lab. */
public final class ChartData {

    /** How many marks a valuation chart draws: the latest (a lab with hundreds would be a smear). */
    public static final int MARKS = 60;

    /** How many labs a talent-flow chart shows: those with the most senior moves. */
    public static final int FLOW_LABS = 10;

    private ChartData() {
    }

    /**
     * A lab's valuation marks in date order, each with its range, whether estimated or rumoured, and its change on the
     * mark before (rule "percent change"); {@code footnotes} numbers each mark's sources.
     */
    public static Chart valuations(String labName, List<ValuationMark> marks, Function<ValuationMark, List<Integer>> footnotes) {
        List<ValuationMark> all = marks.stream().filter(m -> m.value() != null)
                .sorted(Comparator.comparing(ValuationMark::on).thenComparing(m -> m.fact().id)).toList();
        List<ValuationMark> sorted = all.size() <= MARKS ? all : all.subList(all.size() - MARKS, all.size());
        List<Chart.Point> points = sorted.stream().map(m -> new Chart.Point(m.precision().display(m.on()), m.on(), m.value(),
                Money.compact(m.value()), usd(m, true), usd(m, false), m.fact().estimated, m.certainty() == Certainty.RUMOURED,
                m.changePercent().map(PercentChange::signed).orElse(null), null, footnotes.apply(m))).toList();
        String desc = sorted.isEmpty() ? "No valuation recorded." : (all.size() > sorted.size() ? "The latest " + sorted.size() + " of "
                + all.size() + " valuation marks of " : "Valuation marks of ") + labName + ", "
                + points.stream().limit(24).map(p -> p.display() + " (" + p.label() + (p.note() == null ? "" : ", " + p.note()) + ")")
                        .collect(Collectors.joining("; ")) + (points.size() > 24 ? "; and " + (points.size() - 24) + " more" : "") + ".";
        return new Chart("LINE", "Valuation history of " + labName, desc, "Valuation (USD)", points);
    }

    /** Senior people who joined and left each lab, as {@code [lab, joined, left, footnotes]}, the busiest labs first. */
    public static Chart talentFlows(String period, List<Flow> flows) {
        List<Flow> shown = flows.stream().filter(f -> f.joined() + f.left() > 0)
                .sorted(Comparator.comparingInt((Flow f) -> -(f.joined() + f.left())).thenComparing(Flow::lab)).limit(FLOW_LABS).toList();
        List<Chart.Point> points = shown.stream().map(f -> new Chart.Point(f.lab(), null, BigDecimal.valueOf(f.joined()),
                f.joined() + " joined, " + f.left() + " left", null, null, false, false, null, BigDecimal.valueOf(f.left()), f.footnotes())).toList();
        String desc = "Senior people who joined and left " + (flows.size() > shown.size() ? "the " + shown.size() + " labs with the most moves" : "each lab")
                + " " + period + ": " + points.stream().map(p -> p.label() + " " + p.display()).collect(Collectors.joining("; ")) + ".";
        return new Chart("BARS", "Senior talent in and out, " + period, desc, "Senior people", points);
    }

    /** One lab's senior moves of a period. */
    public record Flow(String lab, int joined, int left, List<Integer> footnotes) {
    }

    private static BigDecimal usd(ValuationMark m, boolean low) {
        BigDecimal raw = m.valuation() != null ? (low ? m.valuation().valueLow : m.valuation().valueHigh)
                : (low ? m.round().postMoneyValuationLow : m.round().postMoneyValuationHigh);
        return raw == null ? null : m.fact().inUsd(raw);
    }
}

package io.labwatch.web.lab;

import io.labwatch.domain.figures.Money;
import io.labwatch.domain.funding.ValuationMark;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A lab's valuation history as inline SVG drawn on the server: a line through the valuation marks (records and
 * rounds' post-money, {@link io.labwatch.domain.funding.ValuationMarks}) in date order,
 * each point labelled with its value and date, value and date axes, and a title and description for screen readers.
 */
final class ValuationChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 260;
    private static final int LEFT = 96;
    private static final int RIGHT = 30;
    private static final int TOP = 30;
    private static final int BOTTOM = 40;

    private ValuationChart() {
    }

    /** The SVG, or an empty string when there is nothing to draw. */
    static String svg(String labName, List<ValuationMark> marks) {
        if (marks.isEmpty()) {
            return "";
        }
        List<ValuationMark> points = marks.stream().sorted(Comparator.comparing(ValuationMark::on).thenComparing(m -> m.fact().id)).toList();
        long first = points.get(0).on().toEpochDay();
        long last = points.get(points.size() - 1).on().toEpochDay();
        double max = points.stream().map(ValuationMark::value).max(BigDecimal::compareTo).orElse(BigDecimal.ONE).doubleValue();
        max = max <= 0 ? 1 : max * 1.15;
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        StringBuilder desc = new StringBuilder();
        StringBuilder line = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (ValuationMark v : points) {
            double x = LEFT + (last == first ? plotW / 2.0 : (v.on().toEpochDay() - first) * (double) plotW / (last - first));
            double y = TOP + plotH - v.value().doubleValue() / max * plotH;
            String label = Money.compact(v.value()) + " · " + v.precision().display(v.on());
            line.append(line.isEmpty() ? "M" : " L").append(fmt(x)).append(' ').append(fmt(y));
            dots.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"5\" class=\"point\"/>")
                    .append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y - 10))
                    .append("\" text-anchor=\"middle\" class=\"point-label\">").append(esc(label)).append("</text>");
            desc.append(desc.isEmpty() ? "" : "; ").append(label);
        }
        String title = "Valuation history of " + labName;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" xmlns=\"http://www.w3.org/2000/svg\">")
                .append("<title id=\"chart-title\">").append(esc(title)).append("</title>")
                .append("<desc id=\"chart-desc\">").append(esc(desc.toString())).append("</desc>");
        for (int i = 0; i <= 2; i++) {
            double value = max * i / 2;
            double y = TOP + plotH - plotH * i / 2.0;
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\" class=\"grid\"/>")
                    .append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(fmt(y + 4)).append("\" text-anchor=\"end\" class=\"axis-label\">")
                    .append(esc(i == 0 ? "$0" : Money.compact(BigDecimal.valueOf(value)))).append("</text>");
        }
        svg.append("<text x=\"").append(LEFT).append("\" y=\"").append(HEIGHT - 12).append("\" class=\"axis-label\">")
                .append(esc(points.get(0).precision().display(points.get(0).on()))).append("</text>");
        if (points.size() > 1) {
            svg.append("<text x=\"").append(WIDTH - RIGHT).append("\" y=\"").append(HEIGHT - 12)
                    .append("\" text-anchor=\"end\" class=\"axis-label\">").append(esc(points.get(points.size() - 1).precision().display(points.get(points.size() - 1).on()))).append("</text>");
        }
        svg.append("<text x=\"16\" y=\"").append(TOP + plotH / 2).append("\" transform=\"rotate(-90 16 ").append(TOP + plotH / 2)
                .append(")\" text-anchor=\"middle\" class=\"axis-label\">Valuation (USD)</text>");
        svg.append("<path d=\"").append(line).append("\" class=\"line\"/>").append(dots).append("</svg>");
        return svg.toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

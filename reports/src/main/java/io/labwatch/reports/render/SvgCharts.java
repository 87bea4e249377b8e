package io.labwatch.reports.render;

import io.labwatch.domain.figures.Money;
import io.labwatch.reports.brief.Chart;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link Chart} as inline SVG on the server, for pages and for print (no script): a title and a description for
 * screen readers, axes with rounded ticks (1, 2, 2.5 or 5 × a power of ten; dates on month, quarter or year starts), each
 * point's value in its own {@code <title>} (shown on hover and focus), estimated and rumoured points hollow with their
 * range as a bar, and step-ups written beside their point. Colours are attributes, so print and PDF draw them too.
 */
public final class SvgCharts {

    private static final int WIDTH = 640;
    private static final int LEFT = 84;
    private static final int RIGHT = 24;
    private static final int TOP = 28;
    private static final int BOTTOM = 44;
    private static final String INK = "#1b1f24";
    private static final String ACCENT = "#0b5cad";
    private static final String MUTED = "#5b6470";
    private static final String GRID = "#dde1e6";
    private static final String OUT = "#c2410c";
    /** Up to this many points, each is labelled with its value. */
    static final int LABELLED = 12;

    private SvgCharts() {
    }

    /** The chart as SVG, its ids prefixed with {@code id}; empty for a chart with nothing to draw. */
    public static String svg(Chart chart, String id) {
        if (chart.points().isEmpty()) {
            return "";
        }
        return "BARS".equals(chart.kind()) ? bars(chart, id) : line(chart, id);
    }

    private static String line(Chart c, String id) {
        int height = 280;
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = height - TOP - BOTTOM;
        List<Chart.Point> points = c.points();
        LocalDate first = points.get(0).on();
        LocalDate last = points.get(points.size() - 1).on();
        double top = points.stream().map(p -> p.high() != null ? p.high() : p.value()).mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        double[] ticks = niceTicks(top);
        double max = ticks[ticks.length - 1];
        List<LocalDate> dates = dateTicks(first, last);
        long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        StringBuilder s = open(c, id, height);
        for (double t : ticks) {
            double y = TOP + plotH - t / max * plotH;
            s.append(line(LEFT, y, WIDTH - RIGHT, y, GRID)).append(text(LEFT - 8, y + 4, "end", MUTED, 12, axisValue(c, t)));
        }
        for (LocalDate d : dates) {
            double x = first.equals(last) ? LEFT + plotW / 2.0 : LEFT + ChronoUnit.DAYS.between(first, d) * (double) plotW / span;
            s.append(line(x, TOP + plotH, x, TOP + plotH + 5, MUTED))
                    .append(text(x, TOP + plotH + 20, "middle", MUTED, 12, d.getMonthValue() == 1 ? String.valueOf(d.getYear())
                            : d.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH) + " " + d.getYear()));
        }
        s.append(text(14, TOP + plotH / 2.0, "middle", MUTED, 12, c.valueLabel(), "rotate(-90 14 " + fmt(TOP + plotH / 2.0) + ")"));
        StringBuilder path = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        Chart.Point highest = points.stream().max(java.util.Comparator.comparing(Chart.Point::value)).orElseThrow();
        for (Chart.Point p : points) {
            double x = first.equals(last) ? LEFT + plotW / 2.0 : LEFT + ChronoUnit.DAYS.between(first, p.on()) * (double) plotW / span;
            double y = TOP + plotH - p.value().doubleValue() / max * plotH;
            path.append(path.isEmpty() ? "M" : " L").append(fmt(x)).append(' ').append(fmt(y));
            boolean hollow = p.estimated() || p.rumoured();
            marks.append("<g tabindex=\"0\"><title>").append(HtmlRenderer.esc(pointTitle(p))).append("</title>");
            if (p.low() != null && p.high() != null) {
                marks.append(line(x, TOP + plotH - p.low().doubleValue() / max * plotH, x, TOP + plotH - p.high().doubleValue() / max * plotH, ACCENT));
            }
            marks.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"5\" stroke=\"").append(ACCENT)
                    .append("\" stroke-width=\"2\" fill=\"").append(hollow ? "#ffffff" : ACCENT).append("\"/>");
            // every point's value is in its title; written beside it only where there is room: few points, or the first,
            // the last and the highest
            boolean labelled = points.size() <= LABELLED || p == points.get(0) || p == points.get(points.size() - 1) || p == highest;
            // a label near either edge runs inward, so it is never cut off
            String anchor = x > WIDTH - RIGHT - 70 ? "end" : x < LEFT + 40 ? "start" : "middle";
            double labelX = anchor.equals("end") ? x + 6 : anchor.equals("start") ? x - 6 : x;
            if (labelled) {
                marks.append(text(labelX, y - 10, anchor, INK, 12, p.display() + (p.note() == null ? "" : " (" + p.note() + ")")));
            }
            marks.append("</g>");
        }
        s.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(ACCENT).append("\" stroke-width=\"2\"/>").append(marks);
        return s.append("</svg>").toString();
    }

    /** Two bars per label, side by side: the value (arrivals) and the other (departures), with a legend. */
    private static String bars(Chart c, String id) {
        int row = 34;
        int height = TOP + BOTTOM + row * c.points().size();
        int left = 150;
        int plotW = WIDTH - left - RIGHT;
        double top = c.points().stream().mapToDouble(p -> Math.max(p.value().doubleValue(), p.other() == null ? 0 : p.other().doubleValue()))
                .max().orElse(1);
        double[] ticks = niceTicks(top);
        double max = ticks[ticks.length - 1];
        StringBuilder s = open(c, id, height);
        for (double t : ticks) {
            double x = left + t / max * plotW;
            s.append(line(x, TOP, x, height - BOTTOM, GRID)).append(text(x, height - BOTTOM + 16, "middle", MUTED, 12, axisValue(c, t)));
        }
        int i = 0;
        for (Chart.Point p : c.points()) {
            double y = TOP + i++ * row;
            double in = p.value().doubleValue() / max * plotW;
            double out = p.other() == null ? 0 : p.other().doubleValue() / max * plotW;
            s.append("<g tabindex=\"0\"><title>").append(HtmlRenderer.esc(p.label() + ": " + p.display())).append("</title>")
                    .append(text(left - 8, y + 18, "end", INK, 12, p.label()))
                    .append(rect(left, y + 4, in, 12, ACCENT)).append(rect(left, y + 17, out, 12, OUT)).append("</g>");
        }
        s.append(rect(left, height - 20, 10, 10, ACCENT)).append(text(left + 14, height - 11, "start", INK, 12, "joined"))
                .append(rect(left + 80, height - 20, 10, 10, OUT)).append(text(left + 94, height - 11, "start", INK, 12, "left"));
        return s.append("</svg>").toString();
    }

    private static StringBuilder open(Chart c, String id, int height) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 " + WIDTH + " " + height
                + "\" width=\"" + WIDTH + "\" height=\"" + height + "\" role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\" font-family=\"Helvetica, Arial, sans-serif\">"
                + "<title id=\"" + id + "-title\">" + HtmlRenderer.esc(c.title()) + "</title><desc id=\"" + id + "-desc\">"
                + HtmlRenderer.esc(c.description()) + "</desc>");
    }

    /** "May 2026: $900B, estimated, between $800B and $1T, +12.5% on the mark before". */
    static String pointTitle(Chart.Point p) {
        StringBuilder t = new StringBuilder(p.label()).append(": ").append(p.display());
        if (p.estimated()) {
            t.append(", estimated");
        }
        if (p.rumoured()) {
            t.append(", rumoured");
        }
        if (p.low() != null && p.high() != null) {
            t.append(", between ").append(Money.compact(p.low())).append(" and ").append(Money.compact(p.high()));
        }
        if (p.note() != null) {
            t.append(", ").append(p.note()).append(" on the mark before");
        }
        return t.toString();
    }

    /**
     * Rounded ticks from 0 to at least {@code max}: a step of 1, 2, 2.5 or 5 × a power of ten, giving at most five
     * intervals. A non-positive maximum draws 0 to 1.
     */
    static double[] niceTicks(double max) {
        if (!(max > 0) || Double.isInfinite(max)) {
            return new double[] {0, 1};
        }
        double raw = max / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = power * 10;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * power >= raw) {
                step = m * power;
                break;
            }
        }
        int n = (int) Math.ceil(max / step - 1e-9);
        double[] ticks = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            ticks[i] = step * i;
        }
        return ticks;
    }

    /** Date ticks on month, quarter, half-year or year starts (every 2, 5 or 10 years past that), at most six. */
    static List<LocalDate> dateTicks(LocalDate first, LocalDate last) {
        List<LocalDate> ticks = new ArrayList<>();
        for (int months : new int[] {1, 3, 6, 12, 24, 60, 120, 240}) {
            ticks.clear();
            LocalDate d = first.withDayOfMonth(1);
            while (months >= 12 ? d.getMonthValue() != 1 || d.getYear() % (months / 12) != 0 : (d.getMonthValue() - 1) % months != 0) {
                d = d.plusMonths(1);
            }
            if (d.isBefore(first)) {
                d = d.plusMonths(months);
            }
            for (; !d.isAfter(last); d = d.plusMonths(months)) {
                ticks.add(d);
            }
            if (ticks.size() <= 6) {
                break;
            }
        }
        return ticks;
    }

    private static String axisValue(Chart c, double value) {
        return c.valueLabel().contains("USD") ? (value == 0 ? "$0" : Money.compact(BigDecimal.valueOf(value)))
                : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String line(double x1, double y1, double x2, double y2, String colour) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2) + "\" stroke=\"" + colour
                + "\" stroke-width=\"1\"/>";
    }

    private static String rect(double x, double y, double w, double h, String colour) {
        return "<rect x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" width=\"" + fmt(Math.max(0, w)) + "\" height=\"" + fmt(h) + "\" fill=\"" + colour + "\"/>";
    }

    private static String text(double x, double y, String anchor, String colour, int size, String content) {
        return text(x, y, anchor, colour, size, content, null);
    }

    private static String text(double x, double y, String anchor, String colour, int size, String content, String transform) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\" fill=\"" + colour + "\" font-size=\"" + size + "\""
                + (transform == null ? "" : " transform=\"" + transform + "\"") + ">" + HtmlRenderer.esc(content) + "</text>";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}

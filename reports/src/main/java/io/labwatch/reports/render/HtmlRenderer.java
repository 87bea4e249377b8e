package io.labwatch.reports.render;

import io.labwatch.domain.shared.TextRules;
import io.labwatch.reports.brief.Brief;
import io.labwatch.reports.brief.Section;
import io.labwatch.reports.brief.Sentence;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders a brief as one standalone XHTML page: styles inline, no external assets, print-friendly, and
 * well-formed so that the PDF renderer can read it. Every value is escaped.
 */
public final class HtmlRenderer {

    private static final String CSS = """
            body { font-family: Helvetica, Arial, sans-serif; color: #1b1f24; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; font-size: 11pt; }
            h1 { font-size: 20pt; margin-bottom: .2rem; }
            h2 { font-size: 14pt; border-bottom: 1px solid #ccd; padding-bottom: .2rem; margin-top: 1.6rem; }
            h3 { font-size: 12pt; }
            .dateline { color: #555; font-style: italic; }
            table { border-collapse: collapse; width: 100%; font-size: 9pt; margin: .5rem 0; }
            th, td { border: 1px solid #ccd; padding: 4px 6px; text-align: left; vertical-align: top; }
            th { background: #eef0f4; }
            sup { font-size: 7pt; }
            sup a { text-decoration: none; color: #0b5cad; }
            ol.sources li { margin-bottom: .2rem; }
            figure.chart { margin: 1rem 0; }
            figure.chart svg { max-width: 100%; height: auto; }
            figure.chart figcaption { font-size: 9pt; color: #555; }
            @page { size: A4; margin: 18mm 14mm; }
            @media print { body { margin: 0; max-width: none; } a { color: inherit; } }
            """;

    /**
     * The print edition's layout (the PDF): the headline and date over every page and "Page n of N" under it; tables of a
     * fixed layout in the page's width, their header repeated on each page and rows kept whole; long words in text cells
     * break, figures never (a cell of figures wraps only at its spaces); a heading never ends a page.
     */
    private static final String PRINT_CSS = """
            @page { size: A4; margin: 20mm 12mm 16mm 12mm;
              @top-left { content: element(running); }
              @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: "Labwatch Sans", sans-serif; font-size: 8pt; color: #555; } }
            .running { position: running(running); font-size: 8pt; color: #555; }
            body { font-family: "Labwatch Sans", sans-serif; font-size: 10pt; }
            table { table-layout: fixed; width: 100%; font-size: 7.5pt; -fs-table-paginate: paginate; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; }
            th, td { padding: 2px 3px; word-wrap: break-word; }
            td.figure { word-wrap: normal; }
            h2, h3 { page-break-after: avoid; -fs-page-break-min-height: 3cm; }
            figure.chart { page-break-inside: avoid; }
            figure.chart svg { width: 160mm; height: auto; }
            ol.sources li { word-wrap: break-word; }
            """;

    /** Columns whose cells are figures or dates: broken only at their spaces, never inside "+12.5%". */
    private static final java.util.Set<String> FIGURES = java.util.Set.of("Date", "Raised", "Valuation", "Change", "Change %", "Value",
            "Period", "Capacity", "Sources", "Source");

    private HtmlRenderer() {
    }

    public static String render(Brief b) {
        return render(b, Map.of(), false);
    }

    /**
     * The print edition, for the PDF: the print layout, a running header, and tables cut for print, each followed by how many
     * rows were left out ({@code omitted}).
     */
    static String render(Brief b, Map<Section, Integer> omitted) {
        return render(b, omitted, true);
    }

    private static String render(Brief b, Map<Section, Integer> omitted, boolean print) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
                .append(esc(b.headline())).append("</title>\n<style>\n").append(CSS).append(print ? PRINT_CSS : "")
                .append("</style>\n</head>\n<body>\n");
        if (print) {
            // first in the body, so that it stands over the first page too
            h.append("<div class=\"running\">").append(esc(b.headline())).append(" · ").append(esc(b.dateline())).append("</div>\n");
        }
        h.append("<h1>").append(esc(b.headline())).append("</h1>\n");
        h.append("<p class=\"dateline\">").append(esc(b.dateline())).append(". Scope: ").append(esc(String.join(", ", b.labNames())))
                .append(".</p>\n");
        if (!b.executiveSummary().isEmpty()) {
            h.append("<h2>Executive summary</h2>\n<p>").append(b.executiveSummary().stream().map(HtmlRenderer::sentence)
                    .collect(Collectors.joining(" "))).append("</p>\n");
        }
        for (Section section : b.sectionOrder()) {
            String body = section(b, section) + charts(b, section, print);
            if (omitted.containsKey(section)) {
                body += "<p class=\"omitted\">… and " + omitted.get(section) + " more rows, with their sources, in the HTML, Markdown and"
                        + " JSON versions of this brief.</p>\n";
            }
            if (!body.isEmpty()) {
                h.append("<h2>").append(esc(section == Section.WHY_IT_MATTERS ? b.whyItMattersTitle() : section.title)).append("</h2>\n")
                        .append(body);
            }
        }
        if (b.methodology() != null && !b.methodology().isEmpty()) {
            h.append("<h2>Methodology and limits</h2>\n<ul class=\"methodology\">\n")
                    .append(b.methodology().stream().map(m -> "<li>" + esc(m) + "</li>\n").collect(Collectors.joining())).append("</ul>\n");
        }
        if (!b.sources().isEmpty()) {
            h.append("<h2>Sources</h2>\n<ol class=\"sources\">\n");
            for (Brief.SourceEntry s : b.sources()) {
                h.append("<li id=\"source-").append(s.number()).append("\">").append(esc(s.outlet())).append(": ");
                h.append(s.url() == null ? "<em>" + esc(s.headline()) + "</em>"
                        : "<a href=\"" + esc(s.url()) + "\">" + esc(s.headline()) + "</a>");
                if (s.author() != null) {
                    h.append(", ").append(esc(s.author()));
                }
                if (s.publishedOn() != null) {
                    h.append(", ").append(esc(s.publishedOn()));
                }
                if (s.reliability() != null) {
                    h.append(" (reliability ").append(esc(s.reliability())).append(")");
                }
                h.append("</li>\n");
            }
            h.append("</ol>\n");
        }
        return h.append("</body>\n</html>\n").toString();
    }

    private static String section(Brief b, Section section) {
        return switch (section) {
            case JUDGMENTS -> b.judgments().isEmpty() ? "" : "<ul class=\"judgments\">\n" + b.judgments().stream()
                    .map(j -> "<li><strong>" + esc(j.question().title) + ".</strong> " + esc(j.text()) + refs(j.footnotes()) + "</li>\n")
                    .collect(Collectors.joining()) + "</ul>\n"
                    + (b.confidence() == null ? "" : "<p class=\"confidence\">" + esc(b.confidence().text()) + "</p>\n");
            case TAKEAWAYS -> list(b.takeaways());
            case TALENT_MOVES -> table(List.of("Person", "From", "To", "Move", "Role", "Team", "Reports to", "Date", "Certainty", "Sources"),
                    b.talentMoves().stream().map(m -> row(refs(m.footnotes()), m.person(), m.from(), m.to(), m.kind(), m.role(), m.team(),
                            m.reportsTo(), m.date(), m.certainty())).toList());
            case ROUNDS_AND_VALUATIONS -> table(List.of("Lab", "Event", "Date", "Raised", "Valuation", "Basis", "Change", "Change %", "Certainty", "Sources"),
                    b.roundsAndValuations().stream().map(r -> row(refs(r.footnotes()), r.lab(), r.event(), r.date(), r.amountRaised(),
                            r.valuation(), r.basis(), r.changeAmount(), r.changePercent(), r.certainty())).toList());
            case METRICS -> table(List.of("Lab", "Metric", "Period", "Value", "Basis", "Scope", "Certainty", "Sources"),
                    b.metrics().stream().map(m -> row(refs(m.footnotes()), m.lab(), m.metric(), m.period(), m.value(), m.basis(), m.scope(),
                            m.certainty())).toList());
            case COMPUTE_DEALS -> table(List.of("Buyer", "Provider", "Facility", "Location", "Capacity", "Date", "Certainty", "Sources"),
                    b.computeDeals().stream().map(d -> row(refs(d.footnotes()), d.buyer(), d.provider(), d.facility(), d.location(),
                            d.capacity(), d.date(), d.certainty())).toList());
            case DEVELOPMENTS -> Brief.byGroup(b.developments()).entrySet().stream().map(g -> "<h3>" + esc(g.getKey()) + "</h3>\n"
                    + table(List.of("Date", "Development", "Certainty", "Sources"),
                            g.getValue().stream().map(d -> row(refs(d.footnotes()), d.date(), d.summary(), d.certainty())).toList()))
                    .collect(Collectors.joining());
            case COVERAGE -> coverage(b);
            case POSITIONING -> table(List.of("Lab", "Recent senior moves", "Stated emphasis", "Sources"),
                    b.positioning().stream().map(p -> row(refs(p.footnotes()), p.lab(), p.recentSeniorMoves(), p.statedEmphasis())).toList());
            case WHY_IT_MATTERS -> list(b.whyItMatters());
            case WATCH -> b.watch().isEmpty() ? "" : "<ul>\n" + b.watch().stream().map(w -> "<li><strong>" + esc(w.question()) + "</strong>"
                    + (w.lab() == null ? "" : " (" + esc(w.lab()) + (w.dueBy() == null ? "" : ", by " + esc(w.dueBy())) + ")")
                    + (w.detail() == null ? "" : ": " + esc(w.detail())) + refs(w.footnotes()) + "</li>\n").collect(Collectors.joining()) + "</ul>\n";
        };
    }

    /**
     * The charts that go with a section's table (valuation histories with rounds and valuations, talent in and out with the
     * moves): each a figure with its SVG, a caption, and on screen its data as a table (print has the tables above it).
     */
    private static String charts(Brief b, Section section, boolean print) {
        String kind = section == Section.ROUNDS_AND_VALUATIONS ? "LINE" : section == Section.TALENT_MOVES ? "BARS" : null;
        if (kind == null || b.charts() == null) {
            return "";
        }
        StringBuilder h = new StringBuilder();
        int n = 0;
        for (io.labwatch.reports.brief.Chart c : b.charts()) {
            n++;
            if (!kind.equals(c.kind()) || c.points().isEmpty()) {
                continue;
            }
            h.append("<figure class=\"chart\">\n").append(SvgCharts.svg(c, "chart-" + n)).append("\n<figcaption>").append(esc(c.title()))
                    .append("</figcaption>\n");
            if (!print) {
                boolean bars = "BARS".equals(c.kind());
                h.append("<details><summary>The chart's data</summary>\n").append(table(bars ? List.of("Lab", "Joined", "Left", "Sources")
                        : List.of("Date", "Valuation", "Range", "Change", "Exactness", "Sources"), c.points().stream().map(p -> bars
                                ? row(refs(p.footnotes()), p.label(), p.value().toPlainString(), p.other().toPlainString())
                                : row(refs(p.footnotes()), p.label(), p.display(), p.low() == null || p.high() == null ? null
                                        : io.labwatch.domain.figures.Money.compact(p.low()) + "–" + io.labwatch.domain.figures.Money.compact(p.high()),
                                        p.note(), p.rumoured() ? "rumoured" : p.estimated() ? "estimated" : "reported or confirmed")).toList()))
                        .append("</details>\n");
            }
            h.append("</figure>\n");
        }
        return h.toString();
    }

    private static String coverage(Brief b) {
        if (b.coverage().isEmpty()) {
            return "";
        }
        String table = table(List.of("Outlet", "Headline", "Focus angle", "Key quote", "Source"),
                b.coverage().stream().map(c -> row(refs(List.of(c.footnote())), c.outlet(), c.headline(), c.focusAngle(),
                        c.quoted())).toList());
        return b.divergences().isEmpty() ? table : table + "<h3>Where the outlets diverge</h3>\n" + list(b.divergences());
    }

    private static String list(List<Sentence> sentences) {
        return sentences.isEmpty() ? "" : "<ul>\n" + sentences.stream().map(s -> "<li>" + sentence(s) + "</li>\n").collect(Collectors.joining()) + "</ul>\n";
    }

    private static String sentence(Sentence s) {
        return esc(s.text()) + refs(s.footnotes());
    }

    /** Cells are escaped here; the last cell, the source references, is markup already. */
    private static List<String> row(String refs, String... cells) {
        List<String> out = new java.util.ArrayList<>();
        for (String cell : cells) {
            out.add(cell == null ? "—" : esc(cell));
        }
        out.add(refs);
        return out;
    }

    private static String table(List<String> header, List<List<String>> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder t = new StringBuilder("<table>\n<thead><tr>");
        header.forEach(c -> t.append("<th>").append(esc(c)).append("</th>"));
        t.append("</tr></thead>\n<tbody>\n");
        for (List<String> cells : rows) {
            t.append("<tr>");
            for (int i = 0; i < cells.size(); i++) {
                t.append(i < header.size() && FIGURES.contains(header.get(i)) ? "<td class=\"figure\">" : "<td>").append(cells.get(i)).append("</td>");
            }
            t.append("</tr>\n");
        }
        return t.append("</tbody>\n</table>\n").toString();
    }

    private static String refs(List<Integer> footnotes) {
        return footnotes.isEmpty() ? "" : "<sup>" + footnotes.stream().map(n -> "<a href=\"#source-" + n + "\">" + n + "</a>")
                .collect(Collectors.joining(", ")) + "</sup>";
    }

    /** Text escaped for HTML, as every value of a brief is (for the email that carries one). */
    public static String escape(String text) {
        return esc(text == null ? "" : text);
    }

    /**
     * Escaped for XHTML. What XML cannot carry at all (U+FFFF, lone surrogates: rows stored before the write rule) is
     * dropped, or the PDF renderer, which parses this page as XML, would fail on it.
     */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : TextRules.xmlSafe(text).toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}

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
            @page { size: A4; margin: 18mm 14mm; }
            @media print { body { margin: 0; max-width: none; } a { color: inherit; } }
            """;

    private HtmlRenderer() {
    }

    public static String render(Brief b) {
        return render(b, Map.of());
    }

    /** With {@code omitted}: tables cut for print, each followed by how many rows were left out. */
    static String render(Brief b, Map<Section, Integer> omitted) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
                .append(esc(b.headline())).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(b.headline())).append("</h1>\n");
        h.append("<p class=\"dateline\">").append(esc(b.dateline())).append(". Scope: ").append(esc(String.join(", ", b.labNames())))
                .append(".</p>\n");
        if (!b.executiveSummary().isEmpty()) {
            h.append("<h2>Executive summary</h2>\n<p>").append(b.executiveSummary().stream().map(HtmlRenderer::sentence)
                    .collect(Collectors.joining(" "))).append("</p>\n");
        }
        for (Section section : b.sectionOrder()) {
            String body = section(b, section);
            if (omitted.containsKey(section)) {
                body += "<p class=\"omitted\">… and " + omitted.get(section) + " more rows, with their sources, in the HTML, Markdown and"
                        + " JSON versions of this brief.</p>\n";
            }
            if (!body.isEmpty()) {
                h.append("<h2>").append(esc(section == Section.WHY_IT_MATTERS ? b.whyItMattersTitle() : section.title)).append("</h2>\n")
                        .append(body);
            }
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
    private static String row(String refs, String... cells) {
        StringBuilder r = new StringBuilder("<tr>");
        for (String cell : cells) {
            r.append("<td>").append(cell == null ? "—" : esc(cell)).append("</td>");
        }
        return r.append("<td>").append(refs).append("</td></tr>\n").toString();
    }

    private static String table(List<String> header, List<String> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        return "<table>\n<thead><tr>" + header.stream().map(c -> "<th>" + esc(c) + "</th>").collect(Collectors.joining())
                + "</tr></thead>\n<tbody>\n" + String.join("", rows) + "</tbody>\n</table>\n";
    }

    private static String refs(List<Integer> footnotes) {
        return footnotes.isEmpty() ? "" : "<sup>" + footnotes.stream().map(n -> "<a href=\"#source-" + n + "\">" + n + "</a>")
                .collect(Collectors.joining(",")) + "</sup>";
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

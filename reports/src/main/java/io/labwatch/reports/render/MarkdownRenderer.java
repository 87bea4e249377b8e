package io.labwatch.reports.render;

import static io.labwatch.reports.render.MarkdownText.text;

import io.labwatch.reports.brief.Brief;
import io.labwatch.reports.brief.Section;
import io.labwatch.reports.brief.Sentence;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders a brief as GitHub-flavoured Markdown: headings, tables, and source numbers in brackets. Every value from the
 * data goes through {@link MarkdownText}, so it reads as text and links only to http(s).
 */
public final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    public static String render(Brief b) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(text(b.headline())).append("\n\n");
        md.append("*").append(text(b.dateline())).append(". Scope: ")
                .append(b.labNames().stream().map(MarkdownText::text).collect(Collectors.joining(", "))).append(".*\n\n");
        if (!b.executiveSummary().isEmpty()) {
            md.append("## Executive summary\n\n").append(paragraph(b.executiveSummary())).append("\n\n");
        }
        for (Section section : b.sectionOrder()) {
            String body = section(b, section);
            if (!body.isEmpty()) {
                md.append("## ").append(text(section == Section.WHY_IT_MATTERS ? b.whyItMattersTitle() : section.title)).append("\n\n")
                        .append(body).append("\n");
            }
        }
        if (b.methodology() != null && !b.methodology().isEmpty()) {
            md.append("## Methodology and limits\n\n").append(b.methodology().stream().map(m -> "- " + MarkdownText.lineText(m) + "\n")
                    .collect(Collectors.joining())).append("\n");
        }
        if (!b.sources().isEmpty()) {
            md.append("## Sources\n\n");
            for (Brief.SourceEntry s : b.sources()) {
                md.append(s.number()).append(". ").append(MarkdownText.lineText(s.outlet())).append(": ");
                md.append(s.url() == null ? "*" + text(s.headline()) + "*" : MarkdownText.link(s.headline(), s.url()));
                if (s.author() != null) {
                    md.append(", ").append(text(s.author()));
                }
                if (s.publishedOn() != null) {
                    md.append(", ").append(text(s.publishedOn()));
                }
                if (s.reliability() != null) {
                    md.append(" (reliability ").append(text(s.reliability())).append(")");
                }
                md.append("\n");
            }
        }
        return md.toString();
    }

    private static String section(Brief b, Section section) {
        return switch (section) {
            case JUDGMENTS -> b.judgments().isEmpty() ? "" : b.judgments().stream()
                    .map(j -> "- **" + text(j.question().title) + ".** " + MarkdownText.lineText(j.text()) + cite(j.footnotes()) + "\n")
                    .collect(Collectors.joining()) + (b.confidence() == null ? "" : "\n" + MarkdownText.lineText(b.confidence().text()) + "\n");
            case TAKEAWAYS -> bullets(b.takeaways());
            case TALENT_MOVES -> table(List.of("Person", "From", "To", "Move", "Role", "Team", "Reports to", "Date", "Certainty", "Sources"),
                    b.talentMoves().stream().map(m -> row(m.footnotes(), m.person(), m.from(), m.to(), m.kind(), m.role(), m.team(),
                            m.reportsTo(), m.date(), m.certainty())).toList());
            case ROUNDS_AND_VALUATIONS -> table(List.of("Lab", "Event", "Date", "Raised", "Valuation", "Basis", "Change", "Change %", "Certainty", "Sources"),
                    b.roundsAndValuations().stream().map(r -> row(r.footnotes(), r.lab(), r.event(), r.date(), r.amountRaised(), r.valuation(),
                            r.basis(), r.changeAmount(), r.changePercent(), r.certainty())).toList());
            case METRICS -> table(List.of("Lab", "Metric", "Period", "Value", "Basis", "Scope", "Certainty", "Sources"),
                    b.metrics().stream().map(m -> row(m.footnotes(), m.lab(), m.metric(), m.period(), m.value(), m.basis(), m.scope(), m.certainty()))
                            .toList());
            case COMPUTE_DEALS -> table(List.of("Buyer", "Provider", "Facility", "Location", "Capacity", "Date", "Certainty", "Sources"),
                    b.computeDeals().stream().map(d -> row(d.footnotes(), d.buyer(), d.provider(), d.facility(), d.location(), d.capacity(),
                            d.date(), d.certainty())).toList());
            case DEVELOPMENTS -> Brief.byGroup(b.developments()).entrySet().stream().map(g -> "### " + text(g.getKey()) + "\n\n"
                    + table(List.of("Date", "Development", "Certainty", "Sources"),
                            g.getValue().stream().map(d -> row(d.footnotes(), d.date(), d.summary(), d.certainty())).toList()))
                    .collect(Collectors.joining("\n"));
            case COVERAGE -> coverage(b);
            case POSITIONING -> table(List.of("Lab", "Recent senior moves", "Stated emphasis", "Sources"),
                    b.positioning().stream().map(p -> row(p.footnotes(), p.lab(), p.recentSeniorMoves(), p.statedEmphasis())).toList());
            case WHY_IT_MATTERS -> bullets(b.whyItMatters());
            case WATCH -> b.watch().stream().map(w -> "- **" + text(w.question()) + "**"
                            + (w.lab() == null ? "" : " (" + text(w.lab()) + (w.dueBy() == null ? "" : ", by " + text(w.dueBy())) + ")")
                            + (w.detail() == null ? "" : ": " + text(w.detail())) + cite(w.footnotes()) + "\n")
                    .collect(Collectors.joining());
        };
    }

    private static String coverage(Brief b) {
        if (b.coverage().isEmpty()) {
            return "";
        }
        String table = table(List.of("Outlet", "Headline", "Focus angle", "Key quote", "Source"),
                b.coverage().stream().map(c -> row(List.of(c.footnote()), c.outlet(), c.headline(), c.focusAngle(),
                        c.quoted())).toList());
        if (b.divergences().isEmpty()) {
            return table;
        }
        return table + "\n### Where the outlets diverge\n\n" + bullets(b.divergences());
    }

    private static String paragraph(List<Sentence> sentences) {
        return sentences.stream().map(s -> MarkdownText.lineText(s.text()) + cite(s.footnotes())).collect(Collectors.joining(" "));
    }

    private static String bullets(List<Sentence> sentences) {
        return sentences.stream().map(s -> "- " + MarkdownText.lineText(s.text()) + cite(s.footnotes()) + "\n").collect(Collectors.joining());
    }

    private static String table(List<String> header, List<String> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder t = new StringBuilder("| ").append(String.join(" | ", header)).append(" |\n|");
        header.forEach(h -> t.append(" --- |"));
        return t.append("\n").append(String.join("", rows)).toString();
    }

    /** A table row: the cells as text (a missing value as a dash), then the source numbers, which are markup already. */
    private static String row(List<Integer> footnotes, String... cells) {
        return "| " + Arrays.stream(cells).map(c -> c == null ? "—" : text(c)).collect(Collectors.joining(" | ")) + " | " + refs(footnotes)
                + " |\n";
    }

    static String refs(List<Integer> footnotes) {
        return footnotes.isEmpty() ? "" : "[" + footnotes.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "]";
    }

    private static String cite(List<Integer> footnotes) {
        return footnotes.isEmpty() ? "" : " " + refs(footnotes);
    }
}

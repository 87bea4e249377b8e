package io.labwatch.reports.render;

import io.labwatch.reports.brief.Brief;
import io.labwatch.reports.brief.Section;
import io.labwatch.reports.brief.Sentence;
import java.util.List;
import java.util.stream.Collectors;

/** Renders a brief as GitHub-flavoured Markdown: headings, tables, and source numbers in brackets. */
public final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    public static String render(Brief b) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(b.headline()).append("\n\n");
        md.append("*").append(b.dateline()).append(". Scope: ").append(String.join(", ", b.labNames())).append(".*\n\n");
        if (!b.executiveSummary().isEmpty()) {
            md.append("## Executive summary\n\n").append(paragraph(b.executiveSummary())).append("\n\n");
        }
        for (Section section : b.sectionOrder()) {
            String body = section(b, section);
            if (!body.isEmpty()) {
                md.append("## ").append(section == Section.WHY_IT_MATTERS ? b.whyItMattersTitle() : section.title).append("\n\n")
                        .append(body).append("\n");
            }
        }
        if (!b.sources().isEmpty()) {
            md.append("## Sources\n\n");
            for (Brief.SourceEntry s : b.sources()) {
                md.append(s.number()).append(". ").append(escape(s.outlet())).append(": ");
                md.append(s.url() == null ? "*" + escape(s.headline()) + "*" : "[" + escape(s.headline()) + "](" + s.url() + ")");
                if (s.author() != null) {
                    md.append(", ").append(escape(s.author()));
                }
                if (s.publishedOn() != null) {
                    md.append(", ").append(s.publishedOn());
                }
                md.append("\n");
            }
        }
        return md.toString();
    }

    private static String section(Brief b, Section section) {
        return switch (section) {
            case TAKEAWAYS -> bullets(b.takeaways());
            case TALENT_MOVES -> table(List.of("Person", "From", "To", "Move", "Role", "Team", "Reports to", "Date", "Certainty", "Sources"),
                    b.talentMoves().stream().map(m -> List.of(m.person(), or(m.from()), or(m.to()), m.kind(), or(m.role()), or(m.team()),
                            or(m.reportsTo()), m.date(), m.certainty(), refs(m.footnotes()))).toList());
            case ROUNDS_AND_VALUATIONS -> table(List.of("Lab", "Event", "Date", "Raised", "Valuation", "Basis", "Change", "Change %", "Certainty", "Sources"),
                    b.roundsAndValuations().stream().map(r -> List.of(r.lab(), r.event(), r.date(), or(r.amountRaised()), or(r.valuation()),
                            or(r.basis()), or(r.changeAmount()), or(r.changePercent()), r.certainty(), refs(r.footnotes()))).toList());
            case METRICS -> table(List.of("Lab", "Metric", "Period", "Value", "Scope", "Certainty", "Sources"),
                    b.metrics().stream().map(m -> List.of(m.lab(), m.metric(), m.period(), m.value(), or(m.scope()), m.certainty(),
                            refs(m.footnotes()))).toList());
            case COMPUTE_DEALS -> table(List.of("Buyer", "Provider", "Facility", "Location", "Capacity", "Date", "Certainty", "Sources"),
                    b.computeDeals().stream().map(d -> List.of(d.buyer(), d.provider(), or(d.facility()), or(d.location()), or(d.capacity()),
                            d.date(), d.certainty(), refs(d.footnotes()))).toList());
            case COVERAGE -> coverage(b);
            case POSITIONING -> table(List.of("Lab", "Recent senior moves", "Stated emphasis", "Sources"),
                    b.positioning().stream().map(p -> List.of(p.lab(), or(p.recentSeniorMoves()), or(p.statedEmphasis()), refs(p.footnotes()))).toList());
            case WHY_IT_MATTERS -> bullets(b.whyItMatters());
            case WATCH -> b.watch().stream().map(w -> "- **" + escape(w.question()) + "**"
                            + (w.lab() == null ? "" : " (" + escape(w.lab()) + (w.dueBy() == null ? "" : ", by " + w.dueBy()) + ")")
                            + (w.detail() == null ? "" : ": " + escape(w.detail())) + cite(w.footnotes()) + "\n")
                    .collect(Collectors.joining());
        };
    }

    private static String coverage(Brief b) {
        if (b.coverage().isEmpty()) {
            return "";
        }
        String table = table(List.of("Outlet", "Headline", "Focus angle", "Key quote", "Source"),
                b.coverage().stream().map(c -> List.of(c.outlet(), c.headline(), or(c.focusAngle()),
                        c.keyQuote() == null ? "—" : "“" + c.keyQuote() + "”", "[" + c.footnote() + "]")).toList());
        if (b.divergences().isEmpty()) {
            return table;
        }
        return table + "\n### Where the outlets diverge\n\n" + bullets(b.divergences());
    }

    private static String paragraph(List<Sentence> sentences) {
        return sentences.stream().map(s -> escape(s.text()) + cite(s.footnotes())).collect(Collectors.joining(" "));
    }

    private static String bullets(List<Sentence> sentences) {
        return sentences.stream().map(s -> "- " + escape(s.text()) + cite(s.footnotes()) + "\n").collect(Collectors.joining());
    }

    private static String table(List<String> header, List<List<String>> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder t = new StringBuilder("| ").append(String.join(" | ", header)).append(" |\n|");
        header.forEach(h -> t.append(" --- |"));
        t.append("\n");
        for (List<String> row : rows) {
            t.append("| ").append(row.stream().map(MarkdownRenderer::cell).collect(Collectors.joining(" | "))).append(" |\n");
        }
        return t.toString();
    }

    private static String cell(String value) {
        if (value.matches("\\[[0-9, ]+\\]")) {
            return value;
        }
        return escape(value).replace("|", "\\|").replace("\n", " ");
    }

    static String refs(List<Integer> footnotes) {
        return footnotes.isEmpty() ? "" : "[" + footnotes.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "]";
    }

    private static String cite(List<Integer> footnotes) {
        return footnotes.isEmpty() ? "" : " " + refs(footnotes);
    }

    private static String or(String value) {
        return value == null ? "—" : value;
    }

    /** Keeps text literal: characters Markdown would read as formatting or HTML are escaped. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
                .replace("<", "&lt;").replace(">", "&gt;").replace("[", "\\[").replace("]", "\\]");
    }
}

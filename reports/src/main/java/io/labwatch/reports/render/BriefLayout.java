package io.labwatch.reports.render;

import io.labwatch.reports.brief.Brief;
import io.labwatch.reports.brief.Chart;
import io.labwatch.reports.brief.Section;
import io.labwatch.reports.brief.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A brief laid out for its templates ({@code brief/brief.md}, {@code brief/brief.html}): its parts in the audience's
 * order, each a list of blocks. The columns of every table are named here, once for every format; the templates say
 * only how each kind of block is written in theirs.
 */
public record BriefLayout(Brief brief, List<Part> parts, boolean print) {

    /** A section as it is shown: its title, its blocks, and (in print) how many rows were left out. */
    public record Part(String title, List<Block> blocks, Integer omitted) {

        /** The blocks that are text (Markdown leaves charts out: its tables hold the same figures). */
        public List<Block> textBlocks() {
            return blocks.stream().filter(b -> !b.kind().equals("CHART")).toList();
        }
    }

    /**
     * One block of a part. {@code kind} is JUDGMENTS (items led by their question, then the confidence statement as
     * {@code text}), BULLETS, WATCH (items led by their question), TABLE (an optional {@code subtitle}, a header and
     * rows) or CHART.
     */
    public record Block(String kind, String subtitle, List<String> header, List<Row> rows, List<Item> items, String text, Chart chart,
            int number) {
    }

    /** A table row: its cells (null: unknown) and the numbers of the sources behind it. */
    public record Row(List<String> cells, List<Integer> footnotes) {
    }

    /** A list item: an optional lead (a question), the text, and the sources behind it. */
    public record Item(String lead, String text, List<Integer> footnotes) {
    }

    /** Cells of figures and dates: print breaks them only at their spaces, never inside "+12.5%". */
    static final java.util.Set<String> FIGURES = java.util.Set.of("Date", "Raised", "Valuation", "Change", "Change %", "Value", "Period",
            "Capacity", "Sources", "Source");

    static BriefLayout of(Brief b, Map<Section, Integer> omitted, boolean print) {
        List<Part> parts = new ArrayList<>();
        int[] charts = {0};
        for (Section section : b.sectionOrder()) {
            List<Block> blocks = new ArrayList<>(blocks(b, section));
            if (b.charts() != null) {
                String kind = section == Section.ROUNDS_AND_VALUATIONS ? "LINE" : section == Section.TALENT_MOVES ? "BARS" : null;
                for (Chart c : b.charts()) {
                    charts[0]++;
                    if (c.kind().equals(kind) && !c.points().isEmpty()) {
                        blocks.add(new Block("CHART", c.title(), null, null, null, null, c, charts[0]));
                    }
                }
            }
            Integer cut = omitted.get(section);
            if (!blocks.isEmpty() || cut != null) {
                parts.add(new Part(section == Section.WHY_IT_MATTERS ? b.whyItMattersTitle() : section.title, blocks, cut));
            }
        }
        return new BriefLayout(b, parts, print);
    }

    private static List<Block> blocks(Brief b, Section section) {
        return switch (section) {
            case JUDGMENTS -> b.judgments().isEmpty() ? List.of() : List.of(new Block("JUDGMENTS", null, null, null, b.judgments().stream()
                    .map(j -> new Item(j.question().title + ".", j.text(), j.footnotes())).toList(), b.confidence() == null ? null
                    : b.confidence().text(), null, 0));
            case TAKEAWAYS -> bullets(null, b.takeaways());
            case TALENT_MOVES -> table(null, List.of("Person", "From", "To", "Move", "Role", "Team", "Reports to", "Date", "Certainty", "Sources"),
                    b.talentMoves().stream().map(m -> row(m.footnotes(), m.person(), m.from(), m.to(), m.kind(), m.role(), m.team(),
                            m.reportsTo(), m.date(), m.certainty())).toList());
            case ROUNDS_AND_VALUATIONS -> table(null, List.of("Lab", "Event", "Date", "Raised", "Valuation", "Basis", "Change", "Change %",
                    "Certainty", "Sources"), b.roundsAndValuations().stream().map(r -> row(r.footnotes(), r.lab(), r.event(), r.date(),
                            r.amountRaised(), r.valuation(), r.basis(), r.changeAmount(), r.changePercent(), r.certainty())).toList());
            case METRICS -> table(null, List.of("Lab", "Metric", "Period", "Value", "Basis", "Scope", "Certainty", "Sources"),
                    b.metrics().stream().map(m -> row(m.footnotes(), m.lab(), m.metric(), m.period(), m.value(), m.basis(), m.scope(),
                            m.certainty())).toList());
            case COMPUTE_DEALS -> table(null, List.of("Buyer", "Provider", "Facility", "Location", "Capacity", "Date", "Certainty", "Sources"),
                    b.computeDeals().stream().map(d -> row(d.footnotes(), d.buyer(), d.provider(), d.facility(), d.location(), d.capacity(),
                            d.date(), d.certainty())).toList());
            case DEVELOPMENTS -> Brief.byGroup(b.developments()).entrySet().stream().flatMap(g -> table(g.getKey(),
                    List.of("Date", "Development", "Certainty", "Sources"), g.getValue().stream()
                            .map(d -> row(d.footnotes(), d.date(), d.summary(), d.certainty())).toList()).stream()).toList();
            case COVERAGE -> {
                List<Block> out = new ArrayList<>(table(null, List.of("Outlet", "Headline", "Focus angle", "Key quote", "Source"),
                        b.coverage().stream().map(c -> row(List.of(c.footnote()), c.outlet(), c.headline(), c.focusAngle(), c.quoted())).toList()));
                if (!out.isEmpty()) {
                    out.addAll(bullets("Where the outlets diverge", b.divergences()));
                }
                yield out;
            }
            case POSITIONING -> table(null, List.of("Lab", "Recent senior moves", "Stated emphasis", "Sources"),
                    b.positioning().stream().map(p -> row(p.footnotes(), p.lab(), p.recentSeniorMoves(), p.statedEmphasis())).toList());
            case WHY_IT_MATTERS -> bullets(null, b.whyItMatters());
            case WATCH -> b.watch().isEmpty() ? List.of() : List.of(new Block("WATCH", null, null, null, b.watch().stream()
                    .map(w -> new Item(w.question(), (w.lab() == null ? "" : " (" + w.lab() + (w.dueBy() == null ? "" : ", by " + w.dueBy()) + ")")
                            + (w.detail() == null ? "" : ": " + w.detail()), w.footnotes())).toList(), null, null, 0));
        };
    }

    private static List<Block> bullets(String subtitle, List<Sentence> sentences) {
        return sentences.isEmpty() ? List.of() : List.of(new Block("BULLETS", subtitle, null, null, sentences.stream()
                .map(s -> new Item(null, s.text(), s.footnotes())).toList(), null, null, 0));
    }

    private static List<Block> table(String subtitle, List<String> header, List<Row> rows) {
        return rows.isEmpty() ? List.of() : List.of(new Block("TABLE", subtitle, header, rows, null, null, null, 0));
    }

    private static Row row(List<Integer> footnotes, String... cells) {
        return new Row(java.util.Arrays.asList(cells), footnotes);
    }

    /** Whether a table's column holds figures or dates. */
    public boolean isFigure(String column) {
        return FIGURES.contains(column);
    }
}

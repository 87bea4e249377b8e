package io.labwatch.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.labwatch.domain.finance.MetricBasis;
import io.labwatch.domain.finance.MetricKind;
import io.labwatch.domain.funding.ValuationBasis;
import io.labwatch.domain.shared.DatePrecision;
import io.labwatch.reports.brief.Audience;
import io.labwatch.reports.brief.Brief;
import io.labwatch.reports.brief.BriefRequest;
import io.labwatch.reports.brief.Section;
import io.labwatch.reports.brief.Sentence;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A brief whose every value is hostile renders as Markdown with no raw HTML, no script link and intact tables. */
class MarkdownRendererTest {

    private static final String LAB = "<img src=x onerror=alert(1)>";
    private static final String CELL = "a | b\nc\r\n| d";
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String LINK = "[x](javascript:alert(1))";
    private static final String MARKS = "`*_[]#";

    @Test
    void everyValueOfAHostileBriefComesOutAsText() {
        String md = MarkdownRenderer.render(hostileBrief());

        assertThat(md).doesNotContain("<", "\r");
        assertThat(md).contains("# &lt;img src=x onerror=alert(1)&gt;: brief", "&lt;script&gt;alert(1)&lt;/script&gt;", "\\[x\\](javascript:alert(1))",
                "\\`\\*\\_\\[\\]\\#", "a \\| b c \\| d");
        // The only links are the sources' http(s) URLs, percent-encoded; the javascript: source is left as text.
        assertThat(MarkdownLinks.targets(md)).containsExactly("https://e.com/a%29%22%3Cb%3E");
        assertThat(md).contains("2. Outlet: Click me\n");
        // Hostile cells neither add columns nor break rows: each row has as many columns as its table's header.
        List<String> lines = md.lines().toList();
        long tables = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("|") && (i == 0 || !lines.get(i - 1).startsWith("|"))) {
                tables++;
                long header = columns(lines.get(i));
                for (int j = i + 1; j < lines.size() && lines.get(j).startsWith("|"); j++) {
                    assertThat(columns(lines.get(j))).as(lines.get(j)).isEqualTo(header);
                }
            }
        }
        assertThat(tables).isEqualTo(7);
        // No line is opened by the data: each is blank, a heading, a list item, a table row, a source, the dateline, or
        // the summary (whose leading "-" is escaped).
        assertThat(lines).allSatisfy(l -> assertThat(l).matches("|#{1,3} .+|- .+|\\| .+ \\||\\d+\\. .+|\\*.+\\*|\\\\- .+|Confidence: .+"));
        assertThat(md).contains("\n\n\\- &lt;img src=x onerror=alert(1)&gt; [1] 1\\. &lt;script&gt;");
    }

    /** Columns of a table line: its unescaped pipes, less one. */
    private static long columns(String line) {
        long pipes = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '|') {
                pipes++;
            }
        }
        return pipes - 1;
    }

    private static Brief hostileBrief() {
        List<Integer> one = List.of(1);
        List<String> hostile = List.of(LAB, CELL, SCRIPT, LINK, MARKS);
        return new Brief(new BriefRequest(Audience.INVESTOR, List.of("x"), LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"),
                LocalDate.parse("2026-12-31")),
                LAB + ": brief", "Facts of " + SCRIPT, List.of(LAB, MARKS),
                sentences(one, "- " + LAB, "1. " + SCRIPT),
                List.of(Section.JUDGMENTS, Section.TAKEAWAYS, Section.TALENT_MOVES, Section.ROUNDS_AND_VALUATIONS, Section.METRICS,
                        Section.COMPUTE_DEALS, Section.DEVELOPMENTS, Section.COVERAGE, Section.POSITIONING, Section.WHY_IT_MATTERS, Section.WATCH),
                hostile.stream().map(h -> new Brief.Judgment(io.labwatch.reports.brief.Question.TALENT_FLOW, h, one)).toList(),
                new Sentence("Confidence: " + SCRIPT, List.of()),
                sentences(one, hostile.toArray(String[]::new)),
                List.of(new Brief.TalentMove(LAB, CELL, SCRIPT, LINK, MARKS, CELL, null, "2026", "senior", "reported", one,
                        1L, LAB, CELL, SCRIPT, LocalDate.parse("2026-01-01"), DatePrecision.YEAR)),
                List.of(new Brief.RoundOrValuation(LAB, CELL, "2026", SCRIPT, LINK, MARKS, null, "-5%", "reported", one,
                        "valuation:1", LAB, LocalDate.parse("2026-01-01"), DatePrecision.YEAR, null, BigDecimal.TEN, BigDecimal.ONE.negate(),
                        BigDecimal.valueOf(-5), ValuationBasis.ESTIMATE, null, null, BigDecimal.ONE, BigDecimal.TEN, true)),
                List.of(new Brief.Metric(LAB, CELL, "2026", SCRIPT, LINK, "reported", one, 1L, LAB, BigDecimal.TEN, "USD",
                        MetricKind.REVENUE, LocalDate.parse("2026-01-01"), CELL, MetricBasis.UNSTATED, false, null, null)),
                List.of(new Brief.Deal(LAB, CELL, SCRIPT, LINK, MARKS, "2026", "reported", one, 1L, LAB, CELL,
                        LocalDate.parse("2026-01-01"), DatePrecision.YEAR)),
                List.of(new Brief.Development("model release", "Model releases", "2026", SCRIPT + " " + CELL + " " + LINK, "reported", one, 1L,
                        LocalDate.parse("2026-01-01"), DatePrecision.YEAR)),
                List.of(new Brief.Coverage(LAB, CELL, SCRIPT, LINK, 1)),
                sentences(one, "+ " + MARKS),
                List.of(new Brief.Positioning(LAB, CELL, SCRIPT, one)),
                "Why " + LAB, sentences(one, "--- " + LINK),
                List.of(new Brief.Watch(SCRIPT, LAB, "2027", CELL, one)),
                List.of(),
                List.of(new Brief.SourceEntry(1, "- " + LAB, SCRIPT, MARKS, "2026-01-01", "https://e.com/a)\"<b>", SCRIPT,
                        LocalDate.parse("2026-01-01"), "B"),
                        new Brief.SourceEntry(2, "Outlet", "Click me", null, null, "javascript:alert(1)", "outlet", null, null)),
                List.of(SCRIPT, "| " + CELL, LINK),
                List.of());
    }

    private static List<Sentence> sentences(List<Integer> footnotes, String... texts) {
        return Arrays.stream(texts).map(t -> new Sentence(t, footnotes)).toList();
    }
}

package io.labwatch.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.labwatch.domain.finance.MetricBasis;
import io.labwatch.domain.finance.MetricKind;
import io.labwatch.domain.funding.ValuationBasis;
import io.labwatch.domain.shared.DatePrecision;
import io.labwatch.reports.brief.Audience;
import io.labwatch.reports.brief.Brief;
import io.labwatch.reports.brief.BriefRequest;
import io.labwatch.reports.brief.Question;
import io.labwatch.reports.brief.Section;
import io.labwatch.reports.brief.Sentence;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * A PDF brief with wide tables of long values reads as print should: every column on the page (no glyph past the right
 * edge), figures whole on one line, a running header and "Page n of N" on every page.
 */
class PdfLayoutTest {

    private static final LocalDate DAY = LocalDate.parse("2025-06-01");

    @Test
    void wideTablesStayOnThePageAndEveryPageIsNumberedUnderTheHeadline() throws IOException {
        Brief brief = wideBrief();
        byte[] bytes = PdfRenderer.render(brief);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(3);
            Edges edges = new Edges();
            edges.getText(pdf);
            float width = pdf.getPage(0).getMediaBox().getWidth();
            assertThat(edges.rightmost).as("rightmost glyph vs page width %s", width).isLessThan(width - 20);
            for (int p = 1; p <= pages; p++) {
                PDFTextStripper one = new PDFTextStripper();
                one.setStartPage(p);
                one.setEndPage(p);
                String text = one.getText(pdf);
                assertThat(text).as("page %d", p).contains("Page " + p + " of " + pages);
                if (p > 1) {
                    assertThat(text).as("running header on page %d", p).contains("Gen Lab 1, Gen Lab 2 — a brief for investors");
                }
            }
            String all = new PDFTextStripper().getText(pdf);
            // every glyph prints as itself: the base fonts had none for ≈ and printed "#"
            // (a range may break after its dash, as print does)
            assertThat(all.replaceAll("\\s+", " ").replace("– ", "–")).contains("≈ 20.6× annualised revenue — €500M–1B", "(≈ $540M–1.1B)").doesNotContain("#");
            // the charts are drawn (as vector paths), each under its caption
            assertThat(all).contains("Valuation history of Gen Lab 1", "Senior talent in and out, in 2025");
            for (String header : List.of("Person", "From", "To", "Move", "Role", "Team", "Reports to", "Date", "Certainty", "Sources",
                    "Raised", "Valuation", "Basis", "Change %", "Capacity", "Focus angle", "Key quote")) {
                assertThat(all).as("column %s", header).contains(header);
            }
            // figures are never broken inside: each stands whole on one line
            brief.roundsAndValuations().forEach(r -> assertThat(all).contains(r.changePercent(), r.changeAmount()));
            assertThat(all).doesNotContainPattern("\\d\\.\\s*\\n\\s*\\d+%");
            // every row of the widest table is there, to its last cell before the sources
            brief.talentMoves().forEach(m -> assertThat(all.replaceAll("\\s+", " ")).contains(m.reportsTo()));
        }
    }

    /** The right edge of the rightmost glyph on any page. */
    private static final class Edges extends PDFTextStripper {
        float rightmost;

        Edges() throws IOException {
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition t : positions) {
                rightmost = Math.max(rightmost, t.getXDirAdj() + t.getWidthDirAdj());
            }
            super.writeString(text, positions);
        }
    }

    private static List<io.labwatch.reports.brief.Chart> charts() {
        List<io.labwatch.reports.brief.Chart.Point> marks = IntStream.range(0, 12).mapToObj(i -> new io.labwatch.reports.brief.Chart.Point(
                "May " + (2015 + i), LocalDate.of(2015 + i, 5, 1), BigDecimal.valueOf(1_000_000_000L * (i + 1) * (i + 1)), "$" + (i + 1) * (i + 1) + "B",
                i % 3 == 0 ? BigDecimal.valueOf(800_000_000L * (i + 1) * (i + 1)) : null, i % 3 == 0 ? BigDecimal.valueOf(1_200_000_000L * (i + 1) * (i + 1)) : null,
                i % 3 == 0, i == 5, i == 0 ? null : "+" + (i * 10) + "%", null, List.of(1))).toList();
        var flows = List.of(new io.labwatch.reports.brief.Chart.Point("Gen Lab 1", null, BigDecimal.valueOf(12), "12 joined, 3 left", null, null,
                false, false, null, BigDecimal.valueOf(3), List.of(2)));
        return List.of(new io.labwatch.reports.brief.Chart("LINE", "Valuation history of Gen Lab 1", "Marks.", "Valuation (USD)", marks),
                new io.labwatch.reports.brief.Chart("BARS", "Senior talent in and out, in 2025", "Flows.", "Senior people", flows));
    }

    private static Brief wideBrief() {
        List<Integer> refs = List.of(1, 2, 3);
        List<Brief.TalentMove> moves = new ArrayList<>();
        List<Brief.RoundOrValuation> rounds = new ArrayList<>();
        List<Brief.Metric> metrics = new ArrayList<>();
        List<Brief.Deal> deals = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            moves.add(new Brief.TalentMove("Generated Person Number" + i + " Longsurname-Doublebarrelled", "Gen Lab " + (i % 7),
                    "Gen Lab " + (i % 5 + 100), "joined", "Principal member of technical staff, leading interpretability-and-alignment research",
                    "Frontier red team and model-assisted pre-training infrastructure", "Another Very Long Reporting Name " + i,
                    "19 May 2026", "senior", "reported", refs, (long) i, "p" + i, "a", "b", DAY, DatePrecision.DAY));
            rounds.add(new Brief.RoundOrValuation("Gen Lab " + i, "Round: Series F extension (secondary tender)", "May 2026",
                    "€500M–1B (≈ $540M–1.1B)", "$" + (100 + i) + ".5B–" + (200 + i) + "B", "post-money, estimated", "+$" + (10 + i) + ".5B",
                    "+" + (100 + i) + "2.5%", "reported", refs, "valuation:" + i, "l", DAY, DatePrecision.MONTH, null, BigDecimal.TEN,
                    BigDecimal.ONE, BigDecimal.ONE, ValuationBasis.PRIMARY_ROUND, null, null, null, null, true));
            metrics.add(new Brief.Metric("Gen Lab " + i, "annualised revenue", "2026-Q2", "$" + i + "0.9B (≈ $12.3B)",
                    "Enterprise and consumer subscriptions worldwide", "reported", refs, (long) i, "l", BigDecimal.TEN, "USD", MetricKind.REVENUE,
                    DAY, "annualised run-rate, estimated", MetricBasis.ANNUALISED_RUN_RATE, true, null, null));
            deals.add(new Brief.Deal("Gen Lab " + i, "Hyperscale Compute Provider Incorporated", "Colossus " + i + " North Campus Expansion",
                    "Memphis, Tennessee, United States of America", "1.2 GW (≈ 300,000 accelerators)", "May 2026", "rumoured", refs,
                    (long) i, "a", "b", DAY, DatePrecision.MONTH));
        }
        List<Brief.Coverage> coverage = IntStream.rangeClosed(1, 3).mapToObj(i -> new Brief.Coverage("Outlet " + i,
                "A headline that runs on for a good while about frontier labs and their compute " + i, "Capital and revenue",
                "A quote that is long enough to wrap several times inside its cell without breaking the table apart at all", i)).toList();
        List<Brief.SourceEntry> sources = IntStream.rangeClosed(1, 3).mapToObj(i -> new Brief.SourceEntry(i, "Outlet " + i, "Story " + i,
                null, "19 May 2026", "https://example.com/" + "a-very-long-path-segment-".repeat(8) + i, "s" + i, DAY, "B")).toList();
        return new Brief(new BriefRequest(Audience.INVESTOR, List.of("gen-lab-1", "gen-lab-2"), DAY, DAY, DAY),
                "Gen Lab 1, Gen Lab 2 — a brief for investors, 2025", "Facts from 1 January 2025 to 31 December 2025",
                List.of("Gen Lab 1", "Gen Lab 2"), List.of(new Sentence("Summary.", refs)),
                List.of(Section.JUDGMENTS, Section.TALENT_MOVES, Section.ROUNDS_AND_VALUATIONS, Section.METRICS, Section.COMPUTE_DEALS,
                        Section.COVERAGE),
                List.of(new Brief.Judgment(Question.REVENUE_MULTIPLE, "Gen Lab 1's $900B valuation is ≈ 20.6× annualised revenue — €500M–1B.",
                        refs)),
                new Sentence("Confidence: moderate.", List.of()), List.of(), moves, rounds, metrics, deals, List.of(), coverage, List.of(),
                List.of(), "Why", List.of(), List.of(), charts(), sources, List.of("Scope: two labs."), List.of());
    }
}

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
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A brief too long for print keeps 200 rows per table, 8 footnotes per line, the sources those cite, and says so. */
class PrintEditionTest {

    private static final LocalDate DAY = LocalDate.parse("2025-05-01");

    @Test
    void longTablesAndLongCitationListsAreCutAndTheCutIsStated() {
        List<Brief.Metric> metrics = IntStream.rangeClosed(1, 500).mapToObj(i -> new Brief.Metric("Lab " + i, "Revenue", "2025-Q1", "$1B",
                null, "reported", List.of(i), (long) i, "lab-" + i, BigDecimal.valueOf(1_000_000_000), "USD", MetricKind.REVENUE, DAY,
                "basis unstated", MetricBasis.UNSTATED, false, null, null)).toList();
        List<Brief.SourceEntry> sources = IntStream.rangeClosed(1, 600).mapToObj(i -> new Brief.SourceEntry(i, "Outlet", "Story " + i,
                null, null, null, "story-" + i, null, null)).toList();
        Sentence busy = new Sentence("A point citing a hundred sources.", IntStream.rangeClosed(501, 600).boxed().toList());
        Brief brief = new Brief(new BriefRequest(Audience.INVESTOR, List.of(), LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"),
                LocalDate.parse("2025-12-31")), "Headline", "Dateline", List.of("Lab 1"), List.of(busy), List.of(Section.METRICS),
                List.of(), null, List.of(), List.of(), List.of(), metrics, List.of(), List.of(), List.of(), List.of(), List.of(), "Why", List.of(), List.of(), List.of(), sources, List.of(), List.of());

        PrintEdition print = PrintEdition.of(brief);

        assertThat(print.brief().metrics()).hasSize(200);
        assertThat(print.omitted()).containsEntry(Section.METRICS, 300);
        assertThat(print.brief().executiveSummary().get(0).footnotes()).containsExactly(501, 502, 503, 504, 505, 506, 507, 508);
        assertThat(print.brief().sources()).extracting(Brief.SourceEntry::number)
                .containsExactlyElementsOf(IntStream.concat(IntStream.rangeClosed(1, 200), IntStream.rangeClosed(501, 508)).boxed().toList());
        assertThat(HtmlRenderer.render(print.brief(), print.omitted())).contains("… and 300 more rows");
        assertThat(PrintEdition.of(new Brief(brief.request(), "H", "D", List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(), List.of(),
                metrics.subList(0, 10), List.of(), List.of(), List.of(), List.of(), List.of(), "W", List.of(), List.of(), List.of(), sources.subList(0, 10), List.of(), List.of()))
                .omitted()).isEmpty();
    }

    /** The print edition cuts footnotes only: every other value of a row, the raw ones too, comes through as it was. */
    @Test
    void rowsKeepTheirRawValues() {
        List<Integer> many = IntStream.rangeClosed(1, 10).boxed().toList();
        var move = new Brief.TalentMove("A B", "X", "Y", "joined", "Researcher", "Team", "C D", "1 May 2025", "senior", "confirmed", many,
                7L, "a-b", "x", "y", DAY, DatePrecision.DAY);
        var valuation = new Brief.RoundOrValuation("Y", "Valuation", "May 2025", null, "$9B", "primary round", "+$1B", "+12.5%", "reported",
                many, "valuation:3", "y", DAY, DatePrecision.MONTH, null, BigDecimal.valueOf(9_000_000_000L), BigDecimal.valueOf(1_000_000_000),
                new BigDecimal("12.5"), ValuationBasis.PRIMARY_ROUND, null, null,
                BigDecimal.valueOf(8_000_000_000L), BigDecimal.valueOf(10_000_000_000L), false);
        var metric = new Brief.Metric("Y", "headcount", "2025", "1200", null, "reported", many, 4L, "y", BigDecimal.valueOf(1200), "count",
                MetricKind.HEADCOUNT, DAY, "period total", MetricBasis.PERIOD_TOTAL, false, null, null);
        var deal = new Brief.Deal("Y", "Z", "Site", "Town", "1 GW", "2025", "rumoured", many, 5L, "y", "z", DAY, DatePrecision.YEAR);
        Brief brief = new Brief(new BriefRequest(Audience.INVESTOR, List.of(), DAY, DAY, DAY), "H", "D", List.of(), List.of(),
                List.of(Section.TALENT_MOVES, Section.ROUNDS_AND_VALUATIONS, Section.METRICS, Section.COMPUTE_DEALS), List.of(), null, List.of(),
                List.of(move), List.of(valuation), List.of(metric), List.of(deal), List.of(), List.of(), List.of(), List.of(), "W", List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());

        Brief print = PrintEdition.of(brief).brief();

        List<Integer> kept = many.subList(0, PrintEdition.REFS);
        assertThat(print.talentMoves().get(0).footnotes()).isEqualTo(kept);
        assertThat(print.talentMoves().get(0)).usingRecursiveComparison().ignoringFields("footnotes").isEqualTo(move);
        assertThat(print.roundsAndValuations().get(0).footnotes()).isEqualTo(kept);
        assertThat(print.roundsAndValuations().get(0)).usingRecursiveComparison().ignoringFields("footnotes").isEqualTo(valuation);
        assertThat(print.metrics().get(0).footnotes()).isEqualTo(kept);
        assertThat(print.metrics().get(0)).usingRecursiveComparison().ignoringFields("footnotes").isEqualTo(metric);
        assertThat(print.computeDeals().get(0).footnotes()).isEqualTo(kept);
        assertThat(print.computeDeals().get(0)).usingRecursiveComparison().ignoringFields("footnotes").isEqualTo(deal);
    }
}

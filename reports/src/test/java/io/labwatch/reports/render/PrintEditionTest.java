package io.labwatch.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.labwatch.reports.brief.Audience;
import io.labwatch.reports.brief.Brief;
import io.labwatch.reports.brief.BriefRequest;
import io.labwatch.reports.brief.Section;
import io.labwatch.reports.brief.Sentence;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A brief too long for print keeps 200 rows per table, 8 footnotes per line, the sources those cite, and says so. */
class PrintEditionTest {

    @Test
    void longTablesAndLongCitationListsAreCutAndTheCutIsStated() {
        List<Brief.Metric> metrics = IntStream.rangeClosed(1, 500).mapToObj(i -> new Brief.Metric("Lab " + i, "Revenue", "2025-Q1", "$1B",
                null, "reported", List.of(i))).toList();
        List<Brief.SourceEntry> sources = IntStream.rangeClosed(1, 600).mapToObj(i -> new Brief.SourceEntry(i, "Outlet", "Story " + i,
                null, null, null)).toList();
        Sentence busy = new Sentence("A point citing a hundred sources.", IntStream.rangeClosed(501, 600).boxed().toList());
        Brief brief = new Brief(new BriefRequest(Audience.INVESTOR, List.of(), LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"),
                LocalDate.parse("2025-12-31")), "Headline", "Dateline", List.of("Lab 1"), List.of(busy), List.of(Section.METRICS),
                List.of(), List.of(), List.of(), metrics, List.of(), List.of(), List.of(), List.of(), "Why", List.of(), List.of(), sources, List.of());

        PrintEdition print = PrintEdition.of(brief);

        assertThat(print.brief().metrics()).hasSize(200);
        assertThat(print.omitted()).containsEntry(Section.METRICS, 300);
        assertThat(print.brief().executiveSummary().get(0).footnotes()).containsExactly(501, 502, 503, 504, 505, 506, 507, 508);
        assertThat(print.brief().sources()).extracting(Brief.SourceEntry::number)
                .containsExactlyElementsOf(IntStream.concat(IntStream.rangeClosed(1, 200), IntStream.rangeClosed(501, 508)).boxed().toList());
        assertThat(HtmlRenderer.render(print.brief(), print.omitted())).contains("… and 300 more rows");
        assertThat(PrintEdition.of(new Brief(brief.request(), "H", "D", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                metrics.subList(0, 10), List.of(), List.of(), List.of(), List.of(), "W", List.of(), List.of(), sources.subList(0, 10), List.of()))
                .omitted()).isEmpty();
    }
}

package io.labwatch.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.labwatch.reports.brief.Audience;
import io.labwatch.reports.brief.Brief;
import io.labwatch.reports.brief.BriefRequest;
import io.labwatch.reports.brief.Section;
import io.labwatch.reports.brief.Sentence;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A brief over rows stored before the write rule, with characters XML cannot carry, still renders to PDF, without them. */
class PdfRendererTest {

    @Test
    void charactersXmlCannotCarryAreDroppedNotFatal() throws Exception {
        String name = "Old\uFFFF Data\uFFFE Lab\uD800";
        Brief brief = new Brief(new BriefRequest(Audience.INVESTOR, List.of("old"), LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"),
                LocalDate.parse("2026-12-31")), name + ": brief", "Dateline", List.of(name), List.of(new Sentence(name + " raised $1M.", List.of(1))),
                List.of(Section.POSITIONING), List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new Brief.Positioning(name, null, "Emphasis\uFFFF", List.of(1))), "Why", List.of(), List.of(), List.of(),
                List.of(new Brief.SourceEntry(1, "Outlet\uFFFE", "Story", null, null, "https://e.com/\uFFFF", "old-story", null, null)), List.of(), List.of());

        try (PDDocument pdf = Loader.loadPDF(PdfRenderer.render(brief))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Old Data Lab: brief", "Old Data Lab raised $1M.", "Emphasis", "Outlet: Story");
        }
    }
}

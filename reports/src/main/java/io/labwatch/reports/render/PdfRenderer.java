package io.labwatch.reports.render;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.labwatch.reports.brief.Brief;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Renders a brief to PDF from its HTML (openhtmltopdf), so tables and footnotes are the same in both; long tables are
 * cut for print ({@link PrintEdition}).
 */
public final class PdfRenderer {

    private PdfRenderer() {
    }

    public static byte[] render(Brief brief) {
        PrintEdition print = PrintEdition.of(brief);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder().useFastMode().withHtmlContent(HtmlRenderer.render(print.brief(), print.omitted()), null).toStream(out).run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the brief to PDF", e);
        }
        return out.toByteArray();
    }
}

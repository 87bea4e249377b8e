package io.labwatch.reports.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import io.labwatch.reports.brief.Brief;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Renders a brief to PDF from its HTML (openhtmltopdf), so tables and footnotes are the same in both; long tables are
 * cut for print ({@link PrintEdition}).
 */
public final class PdfRenderer {

    /** The family the print layout names; embedded (subset) so that every glyph a brief uses prints as itself. */
    static final String FONT = "Labwatch Sans";
    private static final String[][] FACES = {{"Regular", "400", "NORMAL"}, {"Bold", "700", "NORMAL"}, {"Italic", "400", "ITALIC"},
            {"BoldItalic", "700", "ITALIC"}};

    private PdfRenderer() {
    }

    public static byte[] render(Brief brief) {
        PrintEdition print = PrintEdition.of(brief);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            // charts are inline SVG, drawn by Batik
            PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode().useSVGDrawer(new BatikSVGDrawer());
            for (String[] face : FACES) {
                builder.useFont(() -> PdfRenderer.class.getResourceAsStream("/liberation/LiberationSans-" + face[0] + ".ttf"), FONT,
                        Integer.parseInt(face[1]), BaseRendererBuilder.FontStyle.valueOf(face[2]), true);
            }
            builder.withHtmlContent(HtmlRenderer.render(print.brief(), print.omitted()), null).toStream(out).run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the brief to PDF", e);
        }
        return out.toByteArray();
    }
}

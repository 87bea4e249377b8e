package io.labwatch.reports.render;

import io.labwatch.domain.shared.TextRules;
import io.labwatch.reports.brief.Brief;
import io.labwatch.reports.brief.Section;
import java.util.Map;

/**
 * Renders a brief as one standalone XHTML page from the template {@code brief/brief.html} (styles inline, no external
 * assets, print-friendly, well-formed so that the PDF renderer can read it), every value escaped by {@link #esc}.
 */
public final class HtmlRenderer {

    private HtmlRenderer() {
    }

    public static String render(Brief b) {
        return BriefTemplates.render(BriefTemplates.BRIEF_HTML, BriefLayout.of(b, Map.of(), false));
    }

    /**
     * The print edition, for the PDF: the print layout, a running header, and tables cut for print, each followed by how many
     * rows were left out ({@code omitted}).
     */
    static String render(Brief b, Map<Section, Integer> omitted) {
        return BriefTemplates.render(BriefTemplates.BRIEF_HTML, BriefLayout.of(b, omitted, true));
    }

    /** Text escaped for HTML, as every value of a brief is (for the email that carries one). */
    public static String escape(String text) {
        return esc(text == null ? "" : text);
    }

    /**
     * Escaped for XHTML. What XML cannot carry at all (U+FFFF, lone surrogates: rows stored before the write rule) is
     * dropped, or the PDF renderer, which parses this page as XML, would fail on it.
     */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : TextRules.xmlSafe(text).toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}

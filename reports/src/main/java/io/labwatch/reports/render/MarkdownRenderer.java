package io.labwatch.reports.render;

import io.labwatch.reports.brief.Brief;
import java.util.Map;

/**
 * Renders a brief as GitHub-flavoured Markdown from the template {@code brief/brief.md}: headings, tables, and source
 * numbers in brackets. Every value from the data goes through {@link MarkdownText}, so it reads as text and links only
 * to http(s).
 */
public final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    public static String render(Brief b) {
        return BriefTemplates.render(BriefTemplates.BRIEF_MD, BriefLayout.of(b, Map.of(), false));
    }
}

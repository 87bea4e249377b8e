package io.labwatch.reports.render;

import java.util.ArrayList;
import java.util.List;

/** The link targets a Markdown reader would follow: after each {@code ](} whose bracket is not backslash-escaped. */
final class MarkdownLinks {

    private MarkdownLinks() {
    }

    static List<String> targets(String md) {
        List<String> targets = new ArrayList<>();
        for (int at = md.indexOf("]("); at >= 0; at = md.indexOf("](", at + 1)) {
            int backslashes = 0;
            while (at - 1 - backslashes >= 0 && md.charAt(at - 1 - backslashes) == '\\') {
                backslashes++;
            }
            if (backslashes % 2 == 0) {
                int end = md.indexOf(')', at);
                targets.add(md.substring(at + 2, end < 0 ? md.length() : end));
            }
        }
        return targets;
    }
}

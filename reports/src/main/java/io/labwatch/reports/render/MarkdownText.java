package io.labwatch.reports.render;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values from the data made literal in Markdown. A brief's Markdown is downloaded and published, and whoever renders
 * it may let raw HTML through (most renderers do): so a lab named {@code <img src=x onerror=...>}, or a source URL
 * that closes its link early, must come out as text, not as markup.
 */
final class MarkdownText {

    /** Backslash-escaped: what Markdown reads as emphasis, code, links, headings, strikethrough or table columns. */
    private static final String PUNCTUATION = "\\`*_[]#|~";
    /**
     * Kept as they are in a link target: RFC 3986's characters less the quote and the parentheses, which could end the
     * link; anything else is percent-encoded, and {@code %} too unless it starts an escape.
     */
    private static final String URL_SAFE = "-._~:/?#[]@!$&*+,;=%";
    /** An ordered list marker: up to nine digits and a dot or parenthesis. */
    private static final Pattern ORDERED = Pattern.compile("(\\d{1,9})[.)]");

    private MarkdownText() {
    }

    /**
     * Text as text: Markdown punctuation backslash-escaped, {@code < > &} as entities (so no raw HTML survives), and
     * line breaks as spaces, so that a value cannot start a heading, list, quote or table row of its own.
     */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\r' -> {
                    out.append(' ');
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> out.append(' ');
                default -> {
                    if (PUNCTUATION.indexOf(c) >= 0) {
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    /**
     * Text that opens a line or a list item: as {@link #text}, and a leading {@code -}, {@code +} or {@code 1.} that
     * would open a (nested) list or a rule escaped too. Elsewhere those characters are plain, and left as they are.
     */
    static String lineText(String value) {
        String t = text(value.stripLeading());
        if (t.startsWith("-") || t.startsWith("+")) {
            return "\\" + t;
        }
        Matcher ordered = ORDERED.matcher(t);
        return ordered.lookingAt() ? ordered.group(1) + "\\" + t.substring(ordered.group(1).length()) : t;
    }

    /**
     * A link with {@code label} as its text, when {@code url} is http or https; otherwise the label alone, as text:
     * a {@code javascript:} or {@code data:} target must not become a link.
     */
    static String link(String label, String url) {
        String target = url == null ? "" : url.strip();
        String scheme = target.toLowerCase(Locale.ROOT);
        if (!scheme.startsWith("http://") && !scheme.startsWith("https://")) {
            return text(label);
        }
        return "[" + text(label) + "](" + encode(target) + ")";
    }

    /**
     * The URL percent-encoded wherever Markdown or HTML could read it otherwise: spaces, parentheses, quotes, angle
     * brackets, backslashes, non-ASCII; a {@code %} that does not start an escape is encoded too.
     */
    private static String encode(String url) {
        StringBuilder out = new StringBuilder(url.length() + 16);
        byte[] bytes = url.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            boolean plain = b < 0x80 && (Character.isLetterOrDigit(b) || URL_SAFE.indexOf(b) >= 0);
            if (b == '%' && !(i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]))) {
                plain = false;
            }
            if (plain) {
                out.append((char) b);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b));
            }
        }
        return out.toString();
    }

    private static boolean isHex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
    }
}

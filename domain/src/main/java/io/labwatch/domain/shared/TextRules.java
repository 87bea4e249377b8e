package io.labwatch.domain.shared;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which characters stored text may hold. Feeds and PDFs are XML underneath, and XML 1.0 cannot carry every Java
 * character: one stored U+FFFF made a lab's Atom feed, its followers' feeds and its PDF briefs fail. A lone surrogate
 * is not a character at all; the database driver would store it as {@code ?} without a word. So the write paths
 * refuse both (with control characters, which PostgreSQL partly refuses and no fact needs), and the renderers drop
 * what older rows may still hold ({@link #xmlSafe}).
 */
public final class TextRules {

    /**
     * The message for control characters. {@link EntityService} matches it: the database refuses some of them (NUL),
     * so the type's rules, which may query it, do not run on such a value.
     */
    public static final String CONTROL = "must not contain control characters";
    private static final String LONE_SURROGATE = "must not contain a broken character (lone surrogate)";

    private TextRules() {
    }

    /** What is wrong with the text, in words for whoever typed it; empty when nothing is (or the text is null). */
    public static Optional<String> problem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        // Control characters first, whatever else is wrong: the message is what tells the write path that the
        // database would refuse the value.
        if (text.chars().anyMatch(TextRules::isControl)) {
            return Optional.of(CONTROL);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(LONE_SURROGATE);
            } else if (!isXmlChar(c)) {
                return Optional.of("must not contain the invisible character U+" + String.format(Locale.ROOT, "%04X", (int) c));
            }
        }
        return Optional.empty();
    }

    /** Adds the text's problem, if any, as an error of {@code field}; true when there was none. */
    public static boolean check(String field, String text, List<FieldError> errors) {
        Optional<String> problem = problem(text);
        problem.ifPresent(message -> errors.add(new FieldError(field, message)));
        return problem.isEmpty();
    }

    /** Refuses the text as {@code field} when it breaks the rules: for the write paths outside {@link EntityService}. */
    public static void require(String field, String text) {
        problem(text).ifPresent(message -> {
            throw InvalidInputException.of(field, message);
        });
    }

    /** XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
    public static boolean isXmlChar(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                || (codePoint >= 0x20 && codePoint <= 0xD7FF)
                || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
    }

    /**
     * The text without what XML 1.0 cannot carry (lone surrogates included), for renderers of rows stored before
     * the write rule: such a character is invisible or broken, so dropping it loses nothing a reader could see.
     */
    public static String xmlSafe(String text) {
        if (text == null || text.codePoints().allMatch(TextRules::isXmlChar)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        // codePoints() yields a lone surrogate as itself, which isXmlChar refuses.
        text.codePoints().filter(TextRules::isXmlChar).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The control characters no fact needs: C0 less tab and line breaks, and DEL. */
    private static boolean isControl(int c) {
        return (c <= 0x1F && c != 0x9 && c != 0xA && c != 0xD) || c == 0x7F;
    }

    /** ANNUALISED_REVENUE becomes "annualised revenue". */
    public static String words(String constant) {
        return constant.replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    /**
     * A summary with its notes in parentheses, "; " between them: "X acquired Y (for $1B; an acqui-hire)"; the line alone
     * without notes. In parentheses, so that a date written after the summary attaches to the fact, not to a note.
     */
    public static String withNotes(String line, List<String> notes) {
        return notes.isEmpty() ? line : line + " (" + String.join("; ", notes) + ")";
    }

    /** A text as stored: trimmed, and none where nothing but blanks was given. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}

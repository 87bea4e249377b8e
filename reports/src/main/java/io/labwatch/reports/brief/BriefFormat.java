package io.labwatch.reports.brief;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The forms a brief is rendered in, with their media types and file extensions. */
public enum BriefFormat {
    JSON("application/json", "json"),
    MARKDOWN("text/markdown", "md"),
    HTML("text/html", "html"),
    PDF("application/pdf", "pdf"),
    /** The data appendix: every fact the brief uses, with its sources. */
    CSV("text/csv", "csv");

    public final String mediaType;
    public final String extension;

    BriefFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The format a request names, or an error on the field saying which there are. */
    public static BriefFormat require(String name, String field) {
        return parse(name).orElseThrow(() -> io.labwatch.domain.shared.InvalidInputException.of(field, "must be one of "
                + String.join(", ", Arrays.stream(values()).map(f -> f.extension).toList())));
    }

    /** "md", "markdown", "pdf", ... as people write them in a URL. */
    public static Optional<BriefFormat> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension.equals(n) || f.name().toLowerCase(Locale.ROOT).equals(n)).findFirst();
    }
}

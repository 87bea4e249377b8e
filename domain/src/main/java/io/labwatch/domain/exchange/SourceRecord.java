package io.labwatch.domain.exchange;

import io.labwatch.domain.source.Reliability;
import java.time.LocalDate;

/**
 * A source in the exchange format. {@code reliability} is its own grade (absent: its outlet's); {@code grade} is the one that
 * holds, given in answers and ignored when sent.
 */
public record SourceRecord(String slug, String outlet, String headline, String url, LocalDate publishedOn,
        String author, String focusAngle, String keyQuote, Reliability reliability, Reliability grade, Long version) implements Versioned {
}

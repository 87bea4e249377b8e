package io.labwatch.domain.exchange;

import java.time.LocalDate;

/** A source in the exchange format. */
public record SourceRecord(String slug, String outlet, String headline, String url, LocalDate publishedOn,
        String author, String focusAngle, String keyQuote, Long version) implements Versioned {
}

package io.labwatch.domain.exchange;

/** One problem in an imported document: section ("hires"), 1-based row, field and message. */
public record RowError(String section, int row, String field, String message) {
}

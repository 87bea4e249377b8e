package io.labwatch.domain.exchange;

/** A reference from a fact to a source by the source's slug, with what only that source said. */
public record CitationRecord(String source, String note) {
}

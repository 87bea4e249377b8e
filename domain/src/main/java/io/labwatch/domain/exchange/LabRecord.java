package io.labwatch.domain.exchange;

import io.labwatch.domain.lab.LabKind;
import io.labwatch.domain.lab.LabStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * A lab as it appears in the exchange format (import, export, demo data) and the API. {@code version} is the
 * optimistic-lock version: ignored on import, required (or given as If-Match) on update.
 */
public record LabRecord(String slug, String name, LabKind kind, LabStatus status, String headquarters,
        Integer foundedYear, String website, String summary, String statedEmphasis, LocalDate lastVerifiedOn, String aliases,
        String wikidataId, String epochName, List<CitationRecord> citations, Long version) implements Versioned {
}

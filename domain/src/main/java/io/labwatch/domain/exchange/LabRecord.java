package io.labwatch.domain.exchange;

import io.labwatch.domain.lab.LabKind;
import io.labwatch.domain.lab.LabStatus;
import java.time.LocalDate;
import java.util.List;

/** A lab as it appears in the exchange format (import, export, demo data). */
public record LabRecord(String slug, String name, LabKind kind, LabStatus status, String headquarters,
        Integer foundedYear, String website, String summary, String statedEmphasis, LocalDate lastVerifiedOn,
        List<CitationRecord> citations) {
}

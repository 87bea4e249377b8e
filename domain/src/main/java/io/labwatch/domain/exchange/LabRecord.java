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
        Integer foundedYear, String website, String summary, String statedEmphasis, LocalDate lastVerifiedOn,
        List<CitationRecord> citations, Long version) {

    /** The stored lab in this format, with the sources that its profile cites. */
    public static LabRecord of(io.labwatch.domain.lab.Lab lab, List<CitationRecord> citations) {
        return new LabRecord(lab.slug, lab.name, lab.kind, lab.status, lab.headquarters, lab.foundedYear, lab.website,
                lab.summary, lab.statedEmphasis, lab.lastVerifiedOn, citations, lab.version);
    }
}

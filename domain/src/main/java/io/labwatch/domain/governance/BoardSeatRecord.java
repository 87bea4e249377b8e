package io.labwatch.domain.governance;

import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.FactRecord;
import io.labwatch.domain.shared.Certainty;
import io.labwatch.domain.shared.DatePrecision;
import io.labwatch.domain.shared.FactStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * A board seat in the exchange format; the person, the organisation and the successor by slug (or name, alias,
 * Wikidata id). {@code id} and {@code version} are the stored row's (ignored on import).
 */
public record BoardSeatRecord(Long id, String person, String lab, GoverningBody body, SeatRole role, LocalDate startedOn,
        DatePrecision datePrecision, LocalDate endedOn, String appointedBy, String replacedBy, String leavingReason, Certainty certainty,
        Boolean estimated, String estimateMethod, FactStatus status, String statusReason, String supersededBy, List<CitationRecord> citations,
        Long version) implements FactRecord {
}

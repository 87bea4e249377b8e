package io.labwatch.domain.compute;

import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.FactRecord;
import io.labwatch.domain.shared.Certainty;
import io.labwatch.domain.shared.DatePrecision;
import io.labwatch.domain.shared.FactStatus;
import java.time.LocalDate;
import java.util.List;

/** A compute deal in the exchange format; buyer and provider by lab slug, the data center (if any) by its slug. {@code id} and {@code version} are the stored row's (ignored on import). */
public record ComputeDealRecord(Long id, String buyer, String provider, String facility, String dataCenter, String location,
        LocalDate announcedOn, DatePrecision datePrecision, String capacity, String description,
        Certainty certainty, Boolean estimated, String estimateMethod, FactStatus status, String statusReason, String supersededBy, List<CitationRecord> citations,
        Long version) implements FactRecord {
}

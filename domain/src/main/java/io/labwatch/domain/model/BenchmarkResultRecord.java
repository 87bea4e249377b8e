package io.labwatch.domain.model;

import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.FactRecord;
import io.labwatch.domain.shared.Certainty;
import io.labwatch.domain.shared.DatePrecision;
import io.labwatch.domain.shared.FactStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A benchmark result in the exchange format; the model as its lab (slug), name and version, as model releases are
 * known. {@code id} and {@code version} are the stored row's (ignored on import).
 */
public record BenchmarkResultRecord(Long id, String lab, String model, String modelVersion, String benchmark, BigDecimal score,
        String scoreUnit, LocalDate measuredOn, DatePrecision datePrecision, String harness, Verification verification, String verifiedBy,
        Certainty certainty, Boolean estimated, String estimateMethod, FactStatus status, String statusReason, String supersededBy,
        List<CitationRecord> citations, Long version) implements FactRecord {
}

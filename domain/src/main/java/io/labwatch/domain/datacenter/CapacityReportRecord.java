package io.labwatch.domain.datacenter;

import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.FactRecord;
import io.labwatch.domain.shared.Certainty;
import io.labwatch.domain.shared.DatePrecision;
import io.labwatch.domain.shared.FactStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A capacity report in the exchange format; the data center by slug. Power in MW and H100-equivalents are each a point,
 * a low–high range or both. {@code id} and {@code version} are the stored row's (ignored on import).
 */
public record CapacityReportRecord(Long id, String dataCenter, LocalDate asOf, DatePrecision datePrecision, CapacityStage stage,
        BigDecimal powerMw, BigDecimal powerMwLow, BigDecimal powerMwHigh, BigDecimal accelerators, String acceleratorType,
        BigDecimal h100Equivalents, BigDecimal h100EquivalentsLow, BigDecimal h100EquivalentsHigh, Certainty certainty, Boolean estimated,
        String estimateMethod, FactStatus status, String statusReason, String supersededBy, List<CitationRecord> citations, Long version)
        implements FactRecord {
}

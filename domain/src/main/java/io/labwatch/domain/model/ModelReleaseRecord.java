package io.labwatch.domain.model;

import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.FactRecord;
import io.labwatch.domain.shared.Certainty;
import io.labwatch.domain.shared.FactStatus;
import io.labwatch.domain.shared.DatePrecision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A model release in the exchange format; the lab by slug. Parameters and training compute (FLOP) are whole
 * numbers: a point, a low–high range, or both. {@code id} and {@code version} are the stored row's (ignored on import).
 */
public record ModelReleaseRecord(Long id, String lab, LocalDate releasedOn, DatePrecision datePrecision, String name, String modelVersion,
        Modality modality, ModelAccess access, BigDecimal parameters, BigDecimal parametersLow, BigDecimal parametersHigh,
        BigDecimal trainingFlop, BigDecimal trainingFlopLow, BigDecimal trainingFlopHigh, Boolean estimated, String estimateMethod,
        String description, Certainty certainty, FactStatus status, String statusReason, String supersededBy, List<CitationRecord> citations,
        Long version) implements FactRecord {
}

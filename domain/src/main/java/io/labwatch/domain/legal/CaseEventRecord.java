package io.labwatch.domain.legal;

import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.FactRecord;
import io.labwatch.domain.shared.Certainty;
import io.labwatch.domain.shared.DatePrecision;
import io.labwatch.domain.shared.FactStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An event in a case in the exchange format: the case by slug, the lab and person it concerns (optional) by slug, name
 * or alias. The amount awarded is money in {@code currency}. {@code id} and {@code version} are the stored row's
 * (ignored on import).
 */
public record CaseEventRecord(Long id, String legalCase, LocalDate eventOn, DatePrecision datePrecision, CaseEventType type, String lab,
        String person, BigDecimal amountAwarded, BigDecimal amountAwardedLow, BigDecimal amountAwardedHigh, String description,
        Certainty certainty, Boolean estimated, String estimateMethod, String currency, BigDecimal usdRate, LocalDate rateOn,
        FactStatus status, String statusReason, String supersededBy, List<CitationRecord> citations, Long version) implements FactRecord {
}

package io.labwatch.domain.funding;

import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.FactRecord;
import io.labwatch.domain.funding.ValuationBasis;
import io.labwatch.domain.shared.Certainty;
import io.labwatch.domain.shared.DatePrecision;
import io.labwatch.domain.shared.FactStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A valuation in the exchange format; {@code round} names a round of the same lab. {@code id} and {@code version} are the stored row's (ignored on import). */
public record ValuationRecord(Long id, String lab, LocalDate asOf, DatePrecision datePrecision, BigDecimal value, BigDecimal valueLow, BigDecimal valueHigh,
        ValuationBasis basis, String round, String note, Certainty certainty, Boolean estimated, String estimateMethod,
        String currency, BigDecimal usdRate, LocalDate rateOn, FactStatus status, String statusReason, String supersededBy, List<CitationRecord> citations,
        Long version) implements FactRecord {
}

package io.labwatch.domain.funding;

import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.FactRecord;
import io.labwatch.domain.shared.Certainty;
import io.labwatch.domain.shared.DatePrecision;
import io.labwatch.domain.shared.FactStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A funding round in the exchange format; its name is unique within its lab. {@code id} and {@code version} are the stored row's (ignored on import). */
public record FundingRoundRecord(Long id, String lab, String name, LocalDate announcedOn, DatePrecision datePrecision,
        LocalDate closedOn, BigDecimal amountRaised, BigDecimal amountRaisedLow, BigDecimal amountRaisedHigh,
        BigDecimal postMoneyValuation, BigDecimal postMoneyValuationLow, BigDecimal postMoneyValuationHigh, String leadInvestors,
        Certainty certainty, Boolean estimated, String estimateMethod,
        String currency, BigDecimal usdRate, LocalDate rateOn, FactStatus status, String statusReason, String supersededBy, List<CitationRecord> citations,
        Long version) implements FactRecord {
}

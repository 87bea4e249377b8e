package io.labwatch.domain.exchange;

import io.labwatch.domain.shared.Certainty;
import io.labwatch.domain.shared.DatePrecision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A funding round in the exchange format; its name is unique within its lab. */
public record FundingRoundRecord(String lab, String name, LocalDate announcedOn, DatePrecision datePrecision,
        LocalDate closedOn, BigDecimal amountRaised, BigDecimal postMoneyValuation, String leadInvestors,
        Certainty certainty, List<CitationRecord> citations) {
}

package io.labwatch.domain.finance;

import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.FactRecord;
import io.labwatch.domain.finance.MetricBasis;
import io.labwatch.domain.finance.MetricKind;
import io.labwatch.domain.shared.Certainty;
import io.labwatch.domain.shared.DatePrecision;
import io.labwatch.domain.shared.FactStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A financial metric in the exchange format. {@code id} and {@code version} are the stored row's (ignored on import). */
public record FinancialMetricRecord(Long id, String lab, String period, MetricKind metric, BigDecimal value, BigDecimal valueLow, BigDecimal valueHigh,
        MetricBasis basis, String scope,
        LocalDate reportedOn, DatePrecision datePrecision, Certainty certainty, Boolean estimated, String estimateMethod,
        String currency, BigDecimal usdRate, LocalDate rateOn, FactStatus status, String statusReason, String supersededBy, List<CitationRecord> citations,
        Long version) implements FactRecord {
}

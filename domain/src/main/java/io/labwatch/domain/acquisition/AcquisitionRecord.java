package io.labwatch.domain.acquisition;

import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.FactRecord;
import io.labwatch.domain.shared.Certainty;
import io.labwatch.domain.shared.DatePrecision;
import io.labwatch.domain.shared.FactStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An acquisition in the exchange format; acquirer and target by lab slug (or name, alias, Wikidata id, website). The
 * price is money in {@code currency}: a point, a low–high range beside it, or none. {@code id} and {@code version} are
 * the stored row's (ignored on import).
 */
public record AcquisitionRecord(Long id, String acquirer, String target, LocalDate announcedOn, DatePrecision datePrecision,
        LocalDate closedOn, AcquisitionStatus dealStatus, BigDecimal price, BigDecimal priceLow, BigDecimal priceHigh, String consideration,
        BigDecimal stakePercent, Boolean acquiHire, String description, Certainty certainty, Boolean estimated, String estimateMethod,
        String currency, BigDecimal usdRate, LocalDate rateOn, FactStatus status, String statusReason, String supersededBy,
        List<CitationRecord> citations, Long version) implements FactRecord {
}

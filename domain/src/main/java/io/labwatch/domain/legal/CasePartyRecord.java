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
 * A party to a case in the exchange format: the case by slug, and the party as a lab or a person (by slug, name or
 * alias), one of the two. The amount claimed is money in {@code currency}: a point, a low–high range beside it, or none.
 * {@code id} and {@code version} are the stored row's (ignored on import).
 */
public record CasePartyRecord(Long id, String legalCase, String lab, String person, PartyRole role, LocalDate asOf,
        DatePrecision datePrecision, String claims, BigDecimal amountClaimed, BigDecimal amountClaimedLow, BigDecimal amountClaimedHigh,
        Certainty certainty, Boolean estimated, String estimateMethod, String currency, BigDecimal usdRate, LocalDate rateOn,
        FactStatus status, String statusReason, String supersededBy, List<CitationRecord> citations, Long version) implements FactRecord {
}

package io.labwatch.domain.funding;

import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.FactRecord;
import io.labwatch.domain.shared.Certainty;
import io.labwatch.domain.shared.FactStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A round participation in the exchange format: the round as its lab (slug) and name, the investor by slug (or name,
 * alias, Wikidata id, website). The date is the round's. {@code id} and {@code version} are the stored row's (ignored
 * on import).
 */
public record RoundParticipationRecord(Long id, String lab, String round, String investor, InvestorRole role, BigDecimal amount,
        BigDecimal amountLow, BigDecimal amountHigh, Certainty certainty, Boolean estimated, String estimateMethod, String currency,
        BigDecimal usdRate, LocalDate rateOn, FactStatus status, String statusReason, String supersededBy, List<CitationRecord> citations,
        Long version) implements FactRecord {
}

package io.labwatch.domain.partnership;

import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.FactRecord;
import io.labwatch.domain.shared.Certainty;
import io.labwatch.domain.shared.DatePrecision;
import io.labwatch.domain.shared.FactStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A partnership in the exchange format; both parties by lab slug (or name, alias, Wikidata id, website), each with its
 * role. The committed value is money in {@code currency}. {@code id} and {@code version} are the stored row's (ignored
 * on import).
 */
public record PartnershipRecord(Long id, String lab, PartnerRole labRole, String partner, PartnerRole partnerRole, PartnershipType type,
        LocalDate announcedOn, DatePrecision datePrecision, LocalDate startsOn, LocalDate endsOn, BigDecimal committedValue,
        BigDecimal committedValueLow, BigDecimal committedValueHigh, Boolean exclusive, PartnershipStatus dealStatus, String description,
        String dataCenter, Certainty certainty, Boolean estimated, String estimateMethod, String currency, BigDecimal usdRate, LocalDate rateOn,
        FactStatus status,
        String statusReason, String supersededBy, List<CitationRecord> citations, Long version) implements FactRecord {
}

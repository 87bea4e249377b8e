package io.labwatch.domain.legal;

import io.labwatch.domain.exchange.Versioned;
import java.time.LocalDate;

/**
 * A legal case in the exchange format, addressed by slug. {@code version} is the stored row's optimistic-lock version:
 * ignored on import, required (or given as If-Match) on update.
 */
public record LegalCaseRecord(String slug, String name, String court, String jurisdiction, String caseNumber, LocalDate filedOn,
        LocalDate closedOn, CaseStatus caseStatus, String claims, String description, Long version) implements Versioned {
}

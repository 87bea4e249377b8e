package io.labwatch.domain.hire;

import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.FactRecord;
import io.labwatch.domain.hire.HireKind;
import io.labwatch.domain.hire.Seniority;
import io.labwatch.domain.shared.Certainty;
import io.labwatch.domain.shared.DatePrecision;
import io.labwatch.domain.shared.FactStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * A talent move in the exchange format; people and labs by slug, and the acquisition the person moved with
 * (if any) by the day it was announced: the acquisition of {@code fromLab} by {@code toLab} on {@code acquisitionOn}. {@code id} and {@code version} are the stored row's (ignored on import).
 */
public record HireRecord(Long id, String person, String fromLab, String toLab, HireKind kind, String role, String team,
        String reportsTo, LocalDate announcedOn, DatePrecision datePrecision, LocalDate startedOn,
        Seniority seniority, String mandate, LocalDate acquisitionOn, Certainty certainty, Boolean estimated, String estimateMethod, FactStatus status, String statusReason, String supersededBy, List<CitationRecord> citations,
        Long version) implements FactRecord {
}

package io.labwatch.domain.safety;

import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.FactRecord;
import io.labwatch.domain.shared.Certainty;
import io.labwatch.domain.shared.DatePrecision;
import io.labwatch.domain.shared.FactStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * A safety framework version in the exchange format; the lab by slug, the version it replaces by its version string
 * (of the same lab's same framework). {@code id} and {@code version} are the stored row's (ignored on import).
 */
public record SafetyFrameworkRecord(Long id, String lab, String name, String frameworkVersion, LocalDate effectiveOn, DatePrecision datePrecision,
        String previousVersion, String thresholds, String commitments, String externalCommitments, Certainty certainty, Boolean estimated,
        String estimateMethod, FactStatus status, String statusReason, String supersededBy, List<CitationRecord> citations, Long version)
        implements FactRecord {
}

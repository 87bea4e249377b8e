package io.labwatch.domain.timeline;

import io.labwatch.domain.shared.Certainty;
import io.labwatch.domain.shared.FactStatus;
import io.labwatch.domain.shared.DatePrecision;
import java.time.LocalDate;
import java.util.List;

/**
 * One dated fact on a lab's timeline: its kind (HIRE_IN, HIRE_OUT, FUNDING_ROUND, VALUATION,
 * FINANCIAL_METRIC, COMPUTE_DEAL, SOURCE), the fact's id, its date as stored and as shown, a one-line summary,
 * its certainty (none for a source), the sources that report it, when it was last recorded or changed, and its lifecycle:
 * status (none for a source), the reason when it is not current, the fact that superseded it and the facts it
 * superseded, as kind/id ("valuations/12").
 */
public record TimelineEntry(String kind, long factId, LocalDate occurredOn, DatePrecision datePrecision, String date,
        String summary, Certainty certainty, List<CitedSource> citations, java.time.Instant recordedAt,
        FactStatus status, String statusReason, String supersededBy, List<String> supersedes) {

    /** The best grade among the sources that report the fact (A is best); null when none is graded (all F) or none cites it. */
    public io.labwatch.domain.source.Reliability bestGrade() {
        return citations.stream().map(CitedSource::grade).filter(g -> g != null && g != io.labwatch.domain.source.Reliability.F)
                .min(java.util.Comparator.naturalOrder()).orElse(null);
    }

    /** Whether the fact still holds (a source always does); a timeline strikes the others through. */
    public boolean current() {
        return status == null || status == FactStatus.CURRENT;
    }

    /** A source as a fact cites it. */
    /** A source as a fact cites it, with its reliability grade (A–F: its own, else its outlet's). */
    public record CitedSource(String source, String outlet, String headline, String url, LocalDate publishedOn, String note,
            io.labwatch.domain.source.Reliability grade) {
    }
}

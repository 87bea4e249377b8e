package io.labwatch.domain.overview;

import io.labwatch.domain.funding.ValuationBasis;
import io.labwatch.domain.lab.LabKind;
import io.labwatch.domain.lab.LabStatus;
import io.labwatch.domain.shared.Certainty;
import io.labwatch.domain.shared.DatePrecision;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of the labs overview: a lab with its latest valuation, its latest dated event, the total it raised,
 * and its senior hires in and out over the twelve months before the day asked about.
 */
public record LabOverview(String slug, String name, LabKind kind, LabStatus status, String headquarters,
        String statedEmphasis, LatestValuation latestValuation, LatestEvent latestEvent, BigDecimal totalRaised,
        int seniorHiresIn, int seniorHiresOut) {

    /** The newest valuation of a lab. */
    public record LatestValuation(BigDecimal value, LocalDate asOf, DatePrecision precision, ValuationBasis basis,
            Certainty certainty) {
        public String displayDate() {
            return precision.display(asOf);
        }
    }

    /** The newest dated fact of a lab: its kind (HIRE_IN, FUNDING_ROUND, ...) and date. */
    public record LatestEvent(String kind, LocalDate occurredOn, DatePrecision precision) {
        public String displayDate() {
            return precision.display(occurredOn);
        }
    }
}

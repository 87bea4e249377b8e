package io.labwatch.reports.figures;

import io.labwatch.domain.finance.FinancialMetric;
import io.labwatch.domain.finance.MetricKind;
import io.labwatch.domain.finance.ReportingPeriod;
import io.labwatch.domain.funding.Valuation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Rule "revenue multiple": a valuation ÷ the lab's annualised revenue of the same time, to one decimal, both in US
 * dollars (each converted at its own fact's rate).
 * <ul>
 * <li>Revenue of the same time: a revenue or annualised-revenue figure of the same lab whose period contains the
 * valuation's date or ended at most {@value #MAX_DAYS_BEFORE} days before it; of several, the period ending nearest
 * the valuation, then the latest reported. A later quarter never explains an older valuation.</li>
 * <li>Annualised by the figure's basis: a run-rate or ARR as it is; a period's total, an interpolated figure or one
 * whose basis is unstated (read as its period's total, and said so) × 12 ÷ the period's months.</li>
 * <li>Nothing is stated when no such figure exists, or the valuation or the revenue is not positive.</li>
 * </ul>
 */
public final class RevenueMultiple {

    static final int MAX_DAYS_BEFORE = 92;

    /** The multiple, the revenue figure it divides by and that figure annualised. */
    public record Multiple(BigDecimal times, FinancialMetric revenue, ReportingPeriod period, BigDecimal annualised) {
        /** Whether the revenue had to be scaled up to a year (a quarter, half or month of revenue). */
        public boolean scaled() {
            return !alreadyAnnual(revenue) && period.months() != 12;
        }
    }

    private RevenueMultiple() {
    }

    public static Optional<Multiple> of(Valuation valuation, Collection<FinancialMetric> metrics) {
        if (valuation == null || valuation.value == null || valuation.value.signum() <= 0 || valuation.asOf == null) {
            return Optional.empty();
        }
        BigDecimal worth = valuation.inUsd(valuation.value);
        if (worth == null || worth.signum() <= 0) {
            return Optional.empty();
        }
        LocalDate on = valuation.asOf;
        return metrics.stream()
                .filter(m -> m.lab != null && valuation.lab != null && m.lab.id != null && m.lab.id.equals(valuation.lab.id))
                .filter(m -> m.metric == MetricKind.REVENUE || m.metric == MetricKind.ANNUALISED_REVENUE)
                .filter(m -> m.value != null && m.inUsd(m.value).signum() > 0)
                .flatMap(m -> ReportingPeriod.parse(m.period).filter(p -> p.contains(on)
                        || (p.end().isBefore(on) && ChronoUnit.DAYS.between(p.end(), on) <= MAX_DAYS_BEFORE))
                        .map(p -> new Candidate(m, p, Math.abs(ChronoUnit.DAYS.between(p.end(), on)))).stream())
                .min(Comparator.comparingLong(Candidate::distance)
                        .thenComparing(c -> c.metric().reportedOn, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
                        .thenComparing(c -> c.metric().id, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(c -> {
                    BigDecimal revenue = c.metric().inUsd(c.metric().value);
                    BigDecimal annualised = alreadyAnnual(c.metric()) ? revenue
                            : revenue.multiply(BigDecimal.valueOf(12)).divide(BigDecimal.valueOf(c.period().months()), 2, RoundingMode.HALF_UP);
                    return new Multiple(worth.divide(annualised, 1, RoundingMode.HALF_UP), c.metric(), c.period(), annualised);
                });
    }

    /**
     * Whether a revenue figure stands for a year as it is: a run-rate or ARR (by its basis, or an "annualised revenue"
     * figure). A period's total, an interpolation or an unstated basis is read as the total of its period and scaled.
     */
    public static boolean alreadyAnnual(FinancialMetric m) {
        return m.metric == MetricKind.ANNUALISED_REVENUE || (m.basis != null && m.basis.isAnnual());
    }

    private record Candidate(FinancialMetric metric, ReportingPeriod period, long distance) {
    }
}

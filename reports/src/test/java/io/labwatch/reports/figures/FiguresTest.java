package io.labwatch.reports.figures;

import static org.assertj.core.api.Assertions.assertThat;

import io.labwatch.domain.finance.FinancialMetric;
import io.labwatch.domain.finance.MetricKind;
import io.labwatch.domain.funding.Valuation;
import io.labwatch.domain.lab.Lab;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresTest {

    private static final Lab LAB = lab(1);

    private static Lab lab(long id) {
        Lab lab = new Lab();
        lab.id = id;
        lab.name = "Lab " + id;
        return lab;
    }

    private static Valuation valuation(String billions, LocalDate on) {
        Valuation v = new Valuation();
        v.lab = LAB;
        v.value = new BigDecimal(billions).movePointRight(9);
        v.asOf = on;
        return v;
    }

    private static FinancialMetric revenue(Lab lab, MetricKind kind, String period, String billions, long id) {
        FinancialMetric m = new FinancialMetric();
        m.id = id;
        m.lab = lab;
        m.metric = kind;
        m.period = period;
        m.value = new BigDecimal(billions).movePointRight(9);
        m.reportedOn = LocalDate.of(2026, 7, 15);
        return m;
    }

    /** The basis decides: a run-rate or ARR is divided by as it is; a quarter's total is annualised first. */
    @Test
    void theBasisOfARevenueFigureDecidesWhetherItIsAnnualised() {
        FinancialMetric arr = revenue(LAB, MetricKind.REVENUE, "2026-Q2", "40", 1);
        arr.basis = io.labwatch.domain.finance.MetricBasis.ARR;
        var multiple = RevenueMultiple.of(valuation("900", LocalDate.of(2026, 5, 29)), List.of(arr)).orElseThrow();
        assertThat(multiple.scaled()).isFalse();
        assertThat(multiple.times()).isEqualByComparingTo("22.5");

        FinancialMetric quarter = revenue(LAB, MetricKind.REVENUE, "2026-Q2", "10", 2);
        quarter.basis = io.labwatch.domain.finance.MetricBasis.PERIOD_TOTAL;
        multiple = RevenueMultiple.of(valuation("900", LocalDate.of(2026, 5, 29)), List.of(quarter)).orElseThrow();
        assertThat(multiple.scaled()).isTrue();
        assertThat(multiple.times()).isEqualByComparingTo("22.5");
    }

    /** The case of the report: $900B in May 2026 against $10.9B of Q2 revenue is ≈ 20.6×, not 82.6×. */
    @Test
    void aQuarterOfRevenueIsAnnualisedBeforeDividing() {
        var multiple = RevenueMultiple.of(valuation("900", LocalDate.of(2026, 5, 29)),
                List.of(revenue(LAB, MetricKind.REVENUE, "2026-Q2", "10.9", 1))).orElseThrow();
        assertThat(multiple.annualised()).isEqualByComparingTo(new BigDecimal("43.6").movePointRight(9));
        assertThat(multiple.times()).isEqualByComparingTo("20.6");
        assertThat(multiple.scaled()).isTrue();
    }

    @Test
    void anOlderValuationIsNotDividedByALaterQuartersRevenue() {
        assertThat(RevenueMultiple.of(valuation("380", LocalDate.of(2025, 9, 1)),
                List.of(revenue(LAB, MetricKind.REVENUE, "2026-Q2", "10.9", 1)))).isEmpty();
    }

    @Test
    void theNearestPeriodWinsAndARunRateIsTakenAsItIs() {
        var multiple = RevenueMultiple.of(valuation("100", LocalDate.of(2026, 2, 10)), List.of(
                revenue(LAB, MetricKind.REVENUE, "2025-Q3", "1", 1),
                revenue(LAB, MetricKind.ANNUALISED_REVENUE, "2025-Q4", "5", 2),
                revenue(lab(2), MetricKind.ANNUALISED_REVENUE, "2026-Q1", "50", 3))).orElseThrow();
        assertThat(multiple.revenue().id).isEqualTo(2L);
        assertThat(multiple.times()).isEqualByComparingTo("20.0");
        assertThat(multiple.scaled()).isFalse();
    }

    @Test
    void zerosNullsAndOddPeriodsGiveNoMultiple() {
        assertThat(RevenueMultiple.of(valuation("0", LocalDate.of(2026, 5, 1)), List.of(revenue(LAB, MetricKind.REVENUE, "2026-Q2", "1", 1))))
                .isEmpty();
        assertThat(RevenueMultiple.of(valuation("900", LocalDate.of(2026, 5, 1)), List.of(revenue(LAB, MetricKind.REVENUE, "2026-Q2", "0", 1))))
                .isEmpty();
        assertThat(RevenueMultiple.of(valuation("900", LocalDate.of(2026, 5, 1)), List.of(revenue(LAB, MetricKind.REVENUE, "Q2", "1", 1))))
                .isEmpty();
        assertThat(RevenueMultiple.of(valuation("900", LocalDate.of(2026, 5, 1)), List.of(revenue(LAB, MetricKind.USERS, "2026-Q2", "1", 1))))
                .isEmpty();
        assertThat(RevenueMultiple.of(null, List.of())).isEmpty();
    }
}

package io.labwatch.domain.epoch;

import io.labwatch.domain.finance.FinancialMetricRecord;
import io.labwatch.domain.finance.FinancialMetricStore;
import io.labwatch.domain.finance.MetricBasis;
import io.labwatch.domain.finance.MetricKind;
import io.labwatch.domain.shared.Certainty;
import io.labwatch.domain.shared.DatePrecision;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * {@code ai_companies_revenue_reports.csv}: a company's annualised revenue on a date, as an annualised-revenue metric
 * of that month, with Epoch's basis (ARR, run-rate, interpolated) and scope.
 */
@Singleton
public class EpochRevenue extends EpochDataset {

    @Inject
    FinancialMetricStore metrics;

    EpochRevenue() {
        super("revenue", "AI Companies", "ai-companies", List.of("Company", "Date", "Annualized revenue (USD)"),
                List.of("Annualized revenue type", "Scope", "Confidence"));
    }

    @Override
    public void read(EpochRow row) {
        LocalDate date = row.date("Date");
        BigDecimal value = row.number("Annualized revenue (USD)");
        Certainty certainty = row.certainty("Confidence");
        MetricBasis basis = basis(row);
        var lab = row.lab(row.text("Company"));
        if (lab.isEmpty() || date == null) {
            row.skip(row.text("Company") == null ? "no company" : lab.isEmpty() ? "no lab named '" + row.text("Company") + "'" : "no date");
            return;
        }
        if (value == null) {
            row.skip("no revenue figure");
            return;
        }
        String scope = row.text("Scope");
        if (scope != null && scope.equalsIgnoreCase("Full company")) {
            scope = null;
        }
        boolean interpolated = basis == MetricBasis.INTERPOLATED;
        row.propose(metrics, new FinancialMetricRecord(null, lab.get(), date.toString().substring(0, 7), MetricKind.ANNUALISED_REVENUE, value,
                null, null, basis, scope, date, DatePrecision.DAY, certainty, interpolated, interpolated ? "Epoch AI: period interpolation" : null,
                "USD", null, null, null, null, null, row.citations(row.text("Confidence")), null), "annualised revenue");
    }

    private static MetricBasis basis(EpochRow row) {
        String type = row.text("Annualized revenue type");
        if (type == null) {
            return MetricBasis.UNSTATED;
        }
        String t = type.toLowerCase(Locale.ROOT);
        if (t.contains("recurring") || t.contains("arr")) {
            return MetricBasis.ARR;
        }
        if (t.contains("run rate") || t.contains("run-rate")) {
            return MetricBasis.ANNUALISED_RUN_RATE;
        }
        if (t.contains("interpolation")) {
            return MetricBasis.INTERPOLATED;
        }
        row.error("Annualized revenue type", "'" + type + "' is not one of Annual recurring revenue (ARR), Annualized run rate, Period interpolation");
        return MetricBasis.UNSTATED;
    }
}

package io.labwatch.domain.finance;

import io.labwatch.domain.figures.FactFigures;
import io.labwatch.domain.figures.Ranges;
import io.labwatch.domain.shared.TextRules;

/**
 * One-line sentences about a financial metric, always saying its basis, for timelines, search, feeds and briefs.
 */
public final class MetricSummary {

    private MetricSummary() {
    }

    /**
     * "Anthropic reported revenue of $10.9B for 2026-Q2 (basis unstated)"; an estimate reads "... was estimated at ≈ $40B
     * for 2026 (annualised run-rate)". The basis is always said: a quarter's total and a run-rate differ fourfold.
     */
    public static String of(FinancialMetric m) {
        String value = value(m);
        MetricBasis basis = m.basis == null ? MetricBasis.UNSTATED : m.basis;
        String notes = " (" + basis.words + (m.scope == null ? "" : ", " + m.scope) + ")";
        return m.estimated ? m.lab.name + "'s " + TextRules.words(m.metric.name()) + " for " + m.period + " was estimated at " + value + notes
                : m.lab.name + " reported " + TextRules.words(m.metric.name()) + " of " + value + " for " + m.period + notes;
    }

    /** A metric's figure: money or a count, a point, a range or both, "≈" before it when estimated; "—" when none. */
    public static String value(FinancialMetric m) {
        if (m.metric.isMoney()) {
            String text = FactFigures.money(m, m.value, m.valueLow, m.valueHigh);
            return text == null ? "—" : text;
        }
        String text = Ranges.text(m.value, m.valueLow, m.valueHigh, n -> n.stripTrailingZeros().toPlainString());
        return text == null ? "—" : m.estimated ? FactFigures.approximately(text) : text;
    }
}

package io.labwatch.domain.finance;

/** What a financial figure is, beside the period it refers to: the rule "revenue multiple" annualises by it. */
public enum MetricBasis {
    /** The total for its period: a quarter's, a half's, a month's or a (fiscal) year's. */
    PERIOD_TOTAL("period total"),
    /** A period's figure scaled to a year ("annualised revenue", "run-rate"). */
    ANNUALISED_RUN_RATE("annualised run-rate"),
    /** Annual recurring revenue: contracted subscriptions over a year. */
    ARR("ARR"),
    /** Interpolated between reported periods by whoever stated it. */
    INTERPOLATED("interpolated"),
    /** The source does not say (as most press figures do not: "Q2 revenue of $10.9B"). */
    UNSTATED("basis unstated");

    /** How a reader sees it beside the figure. */
    public final String words;

    MetricBasis(String words) {
        this.words = words;
    }

    /** Whether the figure already stands for a year, so that dividing a valuation by it needs no scaling. */
    public boolean isAnnual() {
        return this == ANNUALISED_RUN_RATE || this == ARR;
    }
}

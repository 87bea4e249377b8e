package io.labwatch.domain.finance;

/** Which business figure a financial metric records. */
public enum MetricKind {
    REVENUE,
    ANNUALISED_REVENUE,
    OPERATING_LOSS,
    COMPUTE_SPEND,
    HEADCOUNT,
    USERS;

    /** Whether the figure is a dollar amount (headcount and users are counts). */
    public boolean isMoney() {
        return this != HEADCOUNT && this != USERS;
    }
}

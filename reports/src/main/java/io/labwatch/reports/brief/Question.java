package io.labwatch.reports.brief;

/**
 * A question an audience asks of the labs; each key judgment answers one, by a named rule over the period's facts
 * (see {@code docs/briefs.md}). An audience's questions, in its order, are {@link Audience#questions}.
 */
public enum Question {
    VALUATION_TRAJECTORY("Valuation trajectory"),
    REVENUE_MULTIPLE("Revenue multiple"),
    CAPITAL_INTENSITY("Capital intensity"),
    ROUND_CADENCE("Round cadence"),
    LEGAL_EXPOSURE("Legal exposure"),
    VENDOR_STABILITY("Vendor stability"),
    CAPABILITY("Capability"),
    CAPACITY("Compute capacity"),
    HOW_TO_BUY("How to buy"),
    SAFETY("Safety and security"),
    COMPUTE_CONCENTRATION("Compute concentration"),
    CONSOLIDATION("Consolidation and cross-lab deals"),
    TALENT_FLOW("Talent flow"),
    ROLES_WON("Roles won"),
    RELEASES("Releases");

    public final String title;

    Question(String title) {
        this.title = title;
    }
}

package io.labwatch.reports.brief;

import java.util.List;

/**
 * Who a brief is written for. Each audience has its own section order and its own "why this matters"; the
 * facts are the same.
 */
public enum Audience {
    INVESTOR("investors", List.of(Section.TAKEAWAYS, Section.ROUNDS_AND_VALUATIONS, Section.METRICS, Section.TALENT_MOVES,
            Section.COMPUTE_DEALS, Section.DEVELOPMENTS, Section.WHY_IT_MATTERS, Section.POSITIONING, Section.COVERAGE, Section.WATCH)),
    ENTERPRISE_BUYER("enterprise buyers", List.of(Section.TAKEAWAYS, Section.WHY_IT_MATTERS, Section.TALENT_MOVES,
            Section.COMPUTE_DEALS, Section.DEVELOPMENTS, Section.POSITIONING, Section.ROUNDS_AND_VALUATIONS, Section.METRICS, Section.COVERAGE, Section.WATCH)),
    REGULATOR("regulators", List.of(Section.TAKEAWAYS, Section.WHY_IT_MATTERS, Section.TALENT_MOVES, Section.COMPUTE_DEALS, Section.DEVELOPMENTS,
            Section.ROUNDS_AND_VALUATIONS, Section.METRICS, Section.POSITIONING, Section.COVERAGE, Section.WATCH)),
    COMPETITOR("competitors", List.of(Section.TAKEAWAYS, Section.TALENT_MOVES, Section.POSITIONING, Section.WHY_IT_MATTERS,
            Section.COMPUTE_DEALS, Section.DEVELOPMENTS, Section.ROUNDS_AND_VALUATIONS, Section.METRICS, Section.COVERAGE, Section.WATCH));

    /** How the audience is named in headings: "For investors". */
    public final String readers;
    /** The order of the sections after the executive summary. */
    public final List<Section> order;

    Audience(String readers, List<Section> order) {
        this.readers = readers;
        this.order = order;
    }
}

package io.labwatch.reports.brief;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who a brief is written for. Each audience has its own section order and its own "why this matters"; the
 * facts are the same.
 */
public enum Audience {
    INVESTOR("investors", interests("ACQUISITION", "Acquisitions", "CASE_PARTY", "Legal exposure", "CASE_EVENT", "Legal exposure",
            "PARTNERSHIP", "Partnerships", "ROUND_PARTICIPATION", "Who backs whom", "CAPACITY_REPORT", "Capacity trajectory"), List.of(Section.JUDGMENTS, Section.TAKEAWAYS, Section.ROUNDS_AND_VALUATIONS, Section.METRICS, Section.TALENT_MOVES,
            Section.COMPUTE_DEALS, Section.DEVELOPMENTS, Section.WHY_IT_MATTERS, Section.POSITIONING, Section.COVERAGE, Section.WATCH),
            List.of(Question.VALUATION_TRAJECTORY, Question.REVENUE_MULTIPLE, Question.ROUND_CADENCE, Question.CAPITAL_INTENSITY,
                    Question.LEGAL_EXPOSURE)),
    ENTERPRISE_BUYER("enterprise buyers", interests("MODEL_RELEASE", "Releases", "BENCHMARK_RESULT", "Verified capability",
            "PARTNERSHIP", "How to buy", "CASE_PARTY", "Legal risk", "CASE_EVENT", "Legal risk", "CAPACITY_REPORT", "Data-center capacity"), List.of(Section.JUDGMENTS, Section.TAKEAWAYS, Section.WHY_IT_MATTERS, Section.TALENT_MOVES,
            Section.COMPUTE_DEALS, Section.DEVELOPMENTS, Section.POSITIONING, Section.ROUNDS_AND_VALUATIONS, Section.METRICS, Section.COVERAGE, Section.WATCH),
            List.of(Question.VENDOR_STABILITY, Question.CAPABILITY, Question.CAPACITY, Question.HOW_TO_BUY, Question.LEGAL_EXPOSURE)),
    REGULATOR("regulators", interests("SAFETY_FRAMEWORK", "Safety frameworks", "CAPACITY_REPORT", "Compute capacity",
            "PARTNERSHIP", "Cross-lab partnerships", "ACQUISITION", "Consolidation", "CASE_PARTY", "Legal cases", "CASE_EVENT", "Legal cases",
            "BOARD_SEAT", "Board seats"), List.of(Section.JUDGMENTS, Section.TAKEAWAYS, Section.WHY_IT_MATTERS, Section.TALENT_MOVES, Section.COMPUTE_DEALS, Section.DEVELOPMENTS,
            Section.ROUNDS_AND_VALUATIONS, Section.METRICS, Section.POSITIONING, Section.COVERAGE, Section.WATCH),
            List.of(Question.SAFETY, Question.COMPUTE_CONCENTRATION, Question.CONSOLIDATION, Question.LEGAL_EXPOSURE)),
    COMPETITOR("competitors", interests("MODEL_RELEASE", "Releases", "BENCHMARK_RESULT", "Benchmarks", "ACQUISITION", "Acquisitions",
            "CAPACITY_REPORT", "Capacity"), List.of(Section.JUDGMENTS, Section.TAKEAWAYS, Section.TALENT_MOVES, Section.POSITIONING, Section.WHY_IT_MATTERS,
            Section.COMPUTE_DEALS, Section.DEVELOPMENTS, Section.ROUNDS_AND_VALUATIONS, Section.METRICS, Section.COVERAGE, Section.WATCH),
            List.of(Question.TALENT_FLOW, Question.ROLES_WON, Question.RELEASES, Question.CAPACITY));

    /** How the audience is named in headings: "For investors". */
    public final String readers;
    /** The order of the sections after the executive summary. */
    public final List<Section> order;
    /**
     * The kinds of fact without sections of their own that this audience reads first, each with the theme its lines in
     * "why this matters" carry ("Legal exposure: ..."), in the order they come; other kinds still appear, after these.
     */
    public final Map<String, String> interests;
    /** What this audience asks, in its order: its key judgments answer these and no others. */
    public final List<Question> questions;

    Audience(String readers, Map<String, String> interests, List<Section> order, List<Question> questions) {
        this.readers = readers;
        this.interests = interests;
        this.order = order;
        this.questions = questions;
    }

    /** Where a kind stands among this audience's interests: its place, or after all of them. */
    public int rank(String factKind) {
        int i = List.copyOf(interests.keySet()).indexOf(factKind);
        return i < 0 ? interests.size() : i;
    }

    private static Map<String, String> interests(String... kindsAndThemes) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kindsAndThemes.length; i += 2) {
            map.put(kindsAndThemes[i], kindsAndThemes[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}

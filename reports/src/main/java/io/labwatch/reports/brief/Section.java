package io.labwatch.reports.brief;

/** The sections of a brief between the executive summary and the sources. */
public enum Section {
    /** Up to five judgments answering the audience's questions, with the confidence statement. */
    JUDGMENTS("Key judgments"),
    /** The period's most significant facts, ranked. */
    TAKEAWAYS("Most significant facts"),
    TALENT_MOVES("Talent moves"),
    ROUNDS_AND_VALUATIONS("Funding rounds and valuations"),
    METRICS("Revenue and other metrics"),
    COMPUTE_DEALS("Compute deals"),
    /** Facts of every kind without sections of its own (model releases, ...), as each kind summarises them. */
    DEVELOPMENTS("Other developments"),
    COVERAGE("Media coverage"),
    POSITIONING("Lab positioning"),
    WHY_IT_MATTERS("Why this matters"),
    WATCH("What to watch");

    public final String title;

    Section(String title) {
        this.title = title;
    }
}

package io.labwatch.reports.brief;

import java.util.List;

/**
 * What a published brief states that the previous one of the same audience and scope did not, and vice versa: facts
 * added, facts revised (the statement before and after, from what each brief stated as known on its day) and facts
 * no longer stated, each with why.
 */
public record BriefChanges(Long previousId, String previousPublishedAt, List<Brief.FactKey> added,
        List<Change> changed, List<Removal> removed) {

    /**
     * A fact the previous brief stated and this one does not, and why as Labwatch holds it now: "superseded by
     * valuation:15", "denied: the company denied the report", "retracted: ...", "deleted", or "no longer in the brief's
     * scope or period" for a fact still current.
     */
    public record Removal(String key, String statement, String reason) {
    }

    /** A fact stated in both, differently. */
    public record Change(String key, String before, String after) {
    }
}

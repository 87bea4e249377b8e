package io.labwatch.reports.brief;

import java.util.List;

/** What a published brief states that the previous one of the same audience and scope did not, and vice versa. */
public record BriefChanges(Long previousId, String previousPublishedAt, List<Brief.FactKey> added,
        List<Change> changed, List<Brief.FactKey> removed) {

    /** A fact stated in both, differently. */
    public record Change(String key, String before, String after) {
    }
}

package io.labwatch.domain.epoch;

import java.util.List;
import java.util.Map;

/**
 * What an Epoch AI import did or, on a dry run, would do: the records it creates, those it changes (each field's old
 * and new value), how many are unchanged, the rows it skips and why, the names no lab answers to, and the columns it
 * did not read. Applying a dry run's file gives the same report with {@code dryRun} false.
 */
public record EpochReport(String dataset, String citedAs, boolean dryRun, int rows, List<Change> created, List<Change> changed,
        int unchanged, List<Skip> skipped, List<Unmatched> unmatched, List<String> ignoredColumns, String certaintyRule) {

    /** One record created or changed: the kind's path segment, its key (slug or id; no id on a dry run, whose ids are rolled back), what it is, and per changed field old → new. */
    public record Change(int line, String kind, String key, String summary, Map<String, Values> fields) {
    }

    /** A field's stored and imported value. */
    public record Values(Object was, Object now) {
    }

    /** A row left out, and why. */
    public record Skip(int line, String reason) {
    }

    /** A name in the file that no lab answers to (by name, alias, Epoch name, Wikidata id or website), with the lines naming it. */
    public record Unmatched(String name, List<Integer> lines) {
    }
}

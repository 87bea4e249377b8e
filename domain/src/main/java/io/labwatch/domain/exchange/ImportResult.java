package io.labwatch.domain.exchange;

import java.util.Map;

/**
 * What an import did (or, on a dry run, would do), per section: rows created; rows whose record was stored with other
 * values and was updated (onConflict=update) or skipped (onConflict=skip); rows already stored as they are.
 */
public record ImportResult(boolean dryRun, Map<String, Integer> created, Map<String, Integer> updated, Map<String, Integer> unchanged,
        Map<String, Integer> skipped) {

    public int totalCreated() {
        return created.values().stream().mapToInt(Integer::intValue).sum();
    }
}

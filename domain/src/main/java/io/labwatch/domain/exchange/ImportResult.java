package io.labwatch.domain.exchange;

import java.util.Map;

/** What an import did (or, on a dry run, would do): per section, rows created and rows already present. */
public record ImportResult(boolean dryRun, Map<String, Integer> created, Map<String, Integer> unchanged) {

    public int totalCreated() {
        return created.values().stream().mapToInt(Integer::intValue).sum();
    }
}

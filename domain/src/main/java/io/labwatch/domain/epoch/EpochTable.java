package io.labwatch.domain.epoch;

import java.util.List;
import java.util.Map;

/** A CSV file as read: its header in order and its rows (the first on line 2), each a map of column to text. */
public record EpochTable(List<String> header, List<Map<String, String>> rows) {
}

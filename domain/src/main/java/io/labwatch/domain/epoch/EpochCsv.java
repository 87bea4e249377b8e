package io.labwatch.domain.epoch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.labwatch.domain.exchange.ImportRejectedException;
import io.labwatch.domain.exchange.RowError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An Epoch AI CSV file as a table: its header in the file's order, and its rows (a byte-order mark and blank lines aside). */
public final class EpochCsv {

    private EpochCsv() {
    }

    public static EpochTable read(String dataset, String csv) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            List<Map<String, String>> rows = new ArrayList<>(it.readAll());
            CsvSchema schema = (CsvSchema) it.getParserSchema();
            List<String> header = new ArrayList<>();
            schema.forEach(column -> header.add(column.getName().trim()));
            if (header.isEmpty()) {
                throw new ImportRejectedException(List.of(new RowError(dataset, 1, "", "the file is empty: it needs a header row")));
            }
            // a repeated column would lose the values of all but its last copy without a word
            List<RowError> repeated = header.stream().filter(c -> header.indexOf(c) != header.lastIndexOf(c)).distinct()
                    .map(c -> new RowError(dataset, 1, c, "appears more than once in the header row")).toList();
            if (!repeated.isEmpty()) {
                throw new ImportRejectedException(repeated);
            }
            List<Map<String, String>> trimmed = rows.stream().map(row -> {
                Map<String, String> byName = new java.util.LinkedHashMap<>();
                row.forEach((k, v) -> byName.put(k.trim(), v));
                return byName;
            }).toList();
            return new EpochTable(header, trimmed);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRejectedException rejected) {
                throw rejected;
            }
            String why = e instanceof JsonProcessingException unreadable ? unreadable.getOriginalMessage() : "it cannot be parsed";
            throw new ImportRejectedException(List.of(new RowError(dataset, 0, "", "not readable as CSV with a header row: " + why)));
        }
    }
}

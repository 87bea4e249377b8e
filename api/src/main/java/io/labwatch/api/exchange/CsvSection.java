package io.labwatch.api.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.labwatch.api.error.JsonProblems;
import io.labwatch.api.error.Problem;
import io.labwatch.domain.exchange.Dataset;
import io.labwatch.domain.exchange.RecordKinds;
import io.labwatch.domain.exchange.ImportRejectedException;
import io.labwatch.domain.exchange.RowError;
import io.labwatch.domain.shared.NotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One section of the dataset as CSV: a header row naming the record's fields, one row per record. The
 * {@code citations} column lists source slugs separated by "|". Empty cells are absent values.
 */
public final class CsvSection {

    private CsvSection() {
    }

    /** Reads the CSV into a dataset holding just that section; every bad row is reported, none is kept. */
    static Dataset read(String section, String csv, ObjectMapper json, RecordKinds kinds) {
        Class<?> type = kinds.ofSection(section).map(k -> k.recordType).orElseThrow(() -> new NotFoundException("Import section",
                section + " (sections: " + kinds.all().stream().map(k -> k.section).collect(java.util.stream.Collectors.joining(", ")) + ")"));
        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            rows = it.readAll();
        } catch (IOException | RuntimeException e) {
            // The parser's own words, without the location and source it appends (a Java type among them).
            String why = e instanceof JsonProcessingException unreadable ? unreadable.getOriginalMessage() : "it cannot be parsed";
            throw new ImportRejectedException(List.of(new RowError(section, 0, "", "not readable as CSV with a header row: " + why)));
        }
        List<Object> records = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> values = new LinkedHashMap<>();
            rows.get(i).forEach((column, cell) -> {
                if (cell != null && !cell.isBlank()) {
                    values.put(column.trim(), column.trim().equals("citations") ? citations(cell) : cell.trim());
                }
            });
            try {
                records.add(json.convertValue(values, type));
            } catch (IllegalArgumentException e) {
                // the reader stops at the first bad cell: read each cell alone to name every one of the row
                int row = i + 1;
                List<Problem.FieldProblem> problems = new ArrayList<>();
                values.forEach((column, value) -> {
                    try {
                        json.convertValue(Map.of(column, value), type);
                    } catch (IllegalArgumentException bad) {
                        problems.add(problem(bad));
                    }
                });
                (problems.isEmpty() ? List.of(problem(e)) : problems)
                        .forEach(problem -> errors.add(new RowError(section, row, problem.field(), problem.message())));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        return Dataset.of(section, records);
    }

    private static Problem.FieldProblem problem(IllegalArgumentException e) {
        return e.getCause() instanceof JsonProcessingException unreadable ? JsonProblems.of(unreadable)
                : new Problem.FieldProblem("", "cannot be read");
    }

    private static List<Map<String, String>> citations(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).map(s -> Map.of("source", s)).toList();
    }
}

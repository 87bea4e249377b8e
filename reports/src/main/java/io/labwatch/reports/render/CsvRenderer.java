package io.labwatch.reports.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.labwatch.reports.brief.Brief;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The brief's data appendix: one CSV line per fact it uses, with the fact's key (kind and id), when it happened, how sure
 * it is, the brief's statement of it, and its sources (their numbers in the brief, slugs and URLs), so a reader can
 * check every figure against its source or load the facts elsewhere.
 */
public final class CsvRenderer {

    static final List<String> COLUMNS = List.of("key", "date", "date_precision", "certainty", "statement", "footnotes", "source_slugs",
            "source_urls");

    private CsvRenderer() {
    }

    /** A fact's row data as the brief's tables give it. */
    private record Seen(LocalDate date, String precision, String certainty, List<Integer> footnotes) {
    }

    public static String render(Brief b) {
        // a brief published before a section existed has none of it (its stored JSON lacks the field)
        Map<Long, Seen> byId = new HashMap<>();
        orEmpty(b.talentMoves()).forEach(r -> byId.put(r.id(), new Seen(r.isoDate(), name(r.datePrecision()), r.certainty(), r.footnotes())));
        orEmpty(b.roundsAndValuations()).forEach(r -> byId.put(Brief.FactKey.idOf(r.key()), new Seen(r.isoDate(), name(r.datePrecision()), r.certainty(), r.footnotes())));
        orEmpty(b.metrics()).forEach(r -> byId.put(r.id(), new Seen(r.reportedOn(), null, r.certainty(), r.footnotes())));
        orEmpty(b.computeDeals()).forEach(r -> byId.put(r.id(), new Seen(r.isoDate(), name(r.datePrecision()), r.certainty(), r.footnotes())));
        orEmpty(b.developments()).forEach(r -> byId.put(r.id(), new Seen(r.isoDate(), name(r.datePrecision()), r.certainty(), r.footnotes())));
        Map<Integer, Brief.SourceEntry> sources = orEmpty(b.sources()).stream().collect(Collectors.toMap(Brief.SourceEntry::number, s -> s));
        List<Map<String, String>> rows = new ArrayList<>();
        for (Brief.FactKey f : orEmpty(b.facts())) {
            Seen seen = byId.get(Brief.FactKey.idOf(f.key()));
            List<Brief.SourceEntry> cited = seen == null ? List.of() : seen.footnotes().stream().map(sources::get).filter(s -> s != null).toList();
            Map<String, String> row = new LinkedHashMap<>();
            row.put("key", f.key());
            row.put("date", seen == null || seen.date() == null ? "" : seen.date().toString());
            row.put("date_precision", seen == null || seen.precision() == null ? "" : seen.precision());
            row.put("certainty", seen == null ? "" : seen.certainty());
            row.put("statement", inert(f.statement()));
            row.put("footnotes", seen == null ? "" : seen.footnotes().stream().map(String::valueOf).collect(Collectors.joining(" ")));
            row.put("source_slugs", cited.stream().map(Brief.SourceEntry::slug).collect(Collectors.joining(" ")));
            row.put("source_urls", cited.stream().map(s -> s.url() == null ? "" : s.url()).filter(u -> !u.isEmpty()).collect(Collectors.joining(" ")));
            rows.add(row);
        }
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        try {
            return new CsvMapper().writer(schema.build()).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the brief's data as CSV", e);
        }
    }

    /**
     * Text a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage return: a lab named
     * "=HYPERLINK(...)") is prefixed with an apostrophe, as OWASP advises for CSV files opened in spreadsheets.
     */
    static String inert(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}

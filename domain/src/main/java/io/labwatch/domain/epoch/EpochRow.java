package io.labwatch.domain.epoch;

import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.RecordStore;
import io.labwatch.domain.exchange.RowError;
import io.labwatch.domain.shared.Certainty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One row of an Epoch AI file while a dataset reads it: its values typed (every problem kept with its line and
 * column), its organisations matched to labs, its sources cited, and the records it proposes.
 */
public final class EpochRow {

    static final Pattern SOURCE_COLUMN = Pattern.compile("(?i)source( \\d+)?|link|selected sources");

    /** A record the row proposes, for the store that keeps its kind. */
    record Proposal(RecordStore<?, ?> store, Object record, String what) {
    }

    final int line;
    /** The day the file was retrieved from Epoch AI: the date of figures it gives as current. */
    final LocalDate retrievedOn;
    private final Map<String, String> values;
    private final String dataset;
    private final Function<String, Optional<String>> labs;
    private final Function<String, String> sources;
    private final CitationRecord datasetCitation;
    final List<RowError> errors = new ArrayList<>();
    final List<Proposal> proposals = new ArrayList<>();
    final List<String> unmatched = new ArrayList<>();
    String skipped;

    EpochRow(int line, LocalDate retrievedOn, Map<String, String> values, String dataset, Function<String, Optional<String>> labs, Function<String, String> sources,
            CitationRecord datasetCitation) {
        this.line = line;
        this.retrievedOn = retrievedOn;
        this.values = values;
        this.dataset = dataset;
        this.labs = labs;
        this.sources = sources;
        this.datasetCitation = datasetCitation;
    }

    /** The column's text, trimmed; null when empty or absent. */
    public String text(String column) {
        String v = values.get(column);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** The column as a number ("3000000000.0", "1.2e25", "3,000"); null when empty; an error when it is not a number. */
    public BigDecimal number(String column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        try {
            BigDecimal n = new BigDecimal(v.replace(",", "").replace("$", ""));
            return n.signum() == 0 ? null : n;
        } catch (NumberFormatException e) {
            error(column, "is not a number: '" + v + "'");
            return null;
        }
    }

    /** The column as a day (ISO, "2024-03-04", a time after it ignored); null when empty; an error otherwise. */
    public LocalDate date(String column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
        } catch (DateTimeParseException e) {
            error(column, "is not a date (YYYY-MM-DD): '" + v + "'");
            return null;
        }
    }

    /** The certainty of the row's confidence column ({@link EpochConfidence}); an error naming the words Epoch uses otherwise. */
    public Certainty certainty(String column) {
        String v = text(column);
        return EpochConfidence.certainty(v).orElseGet(() -> {
            error(column, "'" + v + "' is not one of Epoch AI's confidence words (Confident, Likely, Speculative, Unlikely, Unknown)");
            return Certainty.REPORTED;
        });
    }

    /** The slug of the lab a name names; none (and the name listed as unmatched) when no lab answers to it. */
    public Optional<String> lab(String name) {
        Optional<String> slug = name == null ? Optional.empty() : labs.apply(name.trim());
        if (slug.isEmpty() && name != null && !name.isBlank()) {
            unmatched.add(name.trim());
        }
        return slug;
    }

    /**
     * The row's citations: the dataset (with its licence, the retrieval date and Epoch's confidence word for the row), then
     * each source URL of the row's source columns, as a source of its own graded by its outlet.
     */
    public List<CitationRecord> citations(String confidenceWord) {
        List<CitationRecord> cited = new ArrayList<>();
        cited.add(new CitationRecord(datasetCitation.source(), datasetCitation.note() + "; Epoch's confidence: "
                + (confidenceWord == null ? "none given" : confidenceWord)));
        values.forEach((column, value) -> {
            if (SOURCE_COLUMN.matcher(column.trim()).matches() && value != null) {
                for (String url : value.split("[\\s;,]+")) {
                    if (url.matches("https?://\\S+") && cited.stream().noneMatch(c -> c.source().equals(sources.apply(url)))) {
                        cited.add(new CitationRecord(sources.apply(url), "Listed by Epoch AI as a source of this row"));
                    }
                }
            }
        });
        return cited;
    }

    /** Proposes a record of the store's kind. */
    public void propose(RecordStore<?, ?> store, Object record, String what) {
        proposals.add(new Proposal(store, record, what));
    }

    /** Leaves the row out, saying why. */
    public void skip(String reason) {
        skipped = reason;
    }

    public void error(String column, String message) {
        errors.add(new RowError(dataset, line, column, message));
    }
}

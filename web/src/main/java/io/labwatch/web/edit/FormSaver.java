package io.labwatch.web.edit;

import io.labwatch.domain.exchange.RecordKind;
import io.labwatch.domain.exchange.RecordStore;
import io.labwatch.domain.exchange.SourceRecord;
import io.labwatch.domain.exchange.SourceStore;
import io.labwatch.domain.exchange.Versioned;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.InvalidInputException;
import io.labwatch.domain.shared.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Saves what a form sent in one transaction: the new source typed in the form (if any) and the record citing it,
 * so that a refused record leaves no orphan source behind.
 */
@ApplicationScoped
public class FormSaver {

    @Inject
    SourceStore sources;

    @Inject
    jakarta.transaction.TransactionManager transactions;

    /** A source typed into a fact's form: outlet and headline at least. */
    public record NewSource(String outlet, String headline, String url, String publishedOn) {
        boolean given() {
            return !blank(outlet) || !blank(headline) || !blank(url) || !blank(publishedOn);
        }

        String slug() {
            return Slugs.of(outlet + " " + headline);
        }
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Versioned create(RecordKind kind, Versioned record, NewSource newSource) {
        return withSource(newSource, () -> (Versioned) store(kind).create(record));
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Versioned update(RecordKind kind, String key, long version, Versioned record, NewSource newSource) {
        return withSource(newSource, () -> (Versioned) store(kind).update(key, version, record));
    }

    /** Adds the form's new source, then writes the record; both sides' problems are reported together. */
    private Versioned withSource(NewSource newSource, java.util.function.Supplier<Versioned> write) {
        List<FieldError> sourceProblems = sourceProblems(newSource);
        Versioned saved;
        try {
            saved = write.get();
        } catch (InvalidInputException e) {
            throw all(sourceProblems, e);
        }
        if (!sourceProblems.isEmpty()) {
            throw new InvalidInputException(sourceProblems);
        }
        return saved;
    }

    /** The new source's problems, or none once it is added: a bad source must not hide the record's own problems. */
    private List<FieldError> sourceProblems(NewSource newSource) {
        try {
            addSource(newSource);
            return List.of();
        } catch (InvalidInputException e) {
            return e.errors;
        }
    }

    /** The source's problems and the record's, but the record's citing of the source that could not be added. */
    private static InvalidInputException all(List<FieldError> sourceProblems, InvalidInputException recordProblems) {
        if (sourceProblems.isEmpty()) {
            return recordProblems;
        }
        List<FieldError> all = new java.util.ArrayList<>(sourceProblems);
        recordProblems.errors.stream().filter(e -> !e.field().startsWith("citations")).forEach(all::add);
        return new InvalidInputException(all);
    }

    /**
     * The problems a create would meet, found by trying it and rolling back: used when some fields could not even be
     * read, so the form can still name every other field at fault in one go.
     */
    @Transactional
    public List<FieldError> problems(RecordKind kind, Versioned record, NewSource newSource) {
        try {
            rolledBack(() -> create(kind, record, newSource));
            return List.of();
        } catch (InvalidInputException e) {
            return e.errors;
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /**
     * Checks that a change would be written as it is, by writing it and rolling back: a proposal is refused for the same
     * problems a save would be (every field's, the new source's, a duplicate, an edit of a stale version).
     */
    @Transactional
    public void trial(RecordKind kind, String key, Long version, Versioned record, NewSource newSource) {
        rolledBack(() -> {
            if (key == null) {
                create(kind, record, newSource);
            } else {
                update(kind, key, version == null ? -1 : version, record, newSource);
            }
        });
    }

    /** Runs a write in the current transaction and marks it for rollback, whether the write succeeds or fails. */
    private void rolledBack(Runnable write) {
        try {
            write.run();
        } finally {
            try {
                transactions.setRollbackOnly();
            } catch (jakarta.transaction.SystemException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The source typed in a form as a source record, or null when none was typed (call after {@link #trial}). */
    public static SourceRecord sourceRecord(NewSource s) {
        if (s == null || !s.given()) {
            return null;
        }
        io.labwatch.domain.shared.DateInput.Reading date = blank(s.publishedOn()) ? null : io.labwatch.domain.shared.DateInput.read(s.publishedOn());
        return new SourceRecord(s.slug(), s.outlet().trim(), s.headline().trim(), blank(s.url()) ? null : s.url().trim(),
                date == null ? null : date.date(), null, null, null, null, null, null);
    }

    @Transactional
    public void delete(RecordKind kind, String key, long version) {
        store(kind).delete(key, version);
    }

    @Transactional
    public Versioned get(RecordKind kind, String key) {
        return (Versioned) store(kind).get(key);
    }

    @SuppressWarnings("rawtypes")
    RecordStore store(RecordKind kind) {
        return kind.store();
    }

    private void addSource(NewSource s) {
        if (s == null || !s.given()) {
            return;
        }
        if (blank(s.outlet()) || blank(s.headline())) {
            throw new InvalidInputException(List.of(new FieldError(blank(s.outlet()) ? "newSourceOutlet" : "newSourceHeadline",
                    "is required for a new source")));
        }
        if (!blank(s.publishedOn())) {
            String problem = io.labwatch.domain.shared.DateInput.read(s.publishedOn()).problem();
            if (problem != null) {
                throw InvalidInputException.of("newSourcePublishedOn", problem);
            }
        }
        try {
            sources.create(sourceRecord(s));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors.stream().map(f -> new FieldError("newSource"
                    + Character.toUpperCase(f.field().charAt(0)) + f.field().substring(1), f.message())).collect(Collectors.toList()));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

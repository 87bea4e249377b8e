package io.labwatch.domain.exchange;

import io.labwatch.domain.shared.DomainException;
import io.labwatch.domain.shared.DuplicateException;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.InvalidInputException;
import io.labwatch.domain.shared.TrackedEntity;
import io.labwatch.domain.source.CitationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Imports a {@link Dataset} all or nothing, in one transaction: every row is checked, every problem is
 * collected with its row and field, and one bad row rolls the whole import back. Rows whose natural key
 * (slug; lab and round name; person, kind, labs and date; ...) is already stored are left as they are,
 * so importing the same document twice changes nothing; two rows of one section with the same key are an error.
 */
@ApplicationScoped
public class DatasetImporter {

    @Inject DraftFactory drafts;
    @Inject jakarta.persistence.EntityManager em;
    @Inject TransactionManager transactions;
    @Inject CitationService citations;
    @Inject RecordKinds kinds;

    @Inject com.fasterxml.jackson.databind.ObjectMapper json;
    @Inject io.labwatch.domain.shared.BatchWrites batches;

    /** An import that refuses rows differing from what is stored (nothing changes unasked). */
    public ImportResult importDataset(Dataset data, boolean dryRun) {
        return importDataset(data, dryRun, OnConflict.FAIL);
    }

    @Transactional
    public ImportResult importDataset(Dataset data, boolean dryRun, OnConflict onConflict) {
        return importDataset(data, dryRun, onConflict, done -> { });
    }

    /** An import that tells {@code progress} how many rows it has read, every {@link Run#BATCH} rows. */
    @Transactional
    public ImportResult importDataset(Dataset data, boolean dryRun, OnConflict onConflict, java.util.function.IntConsumer progress) {
        Run run = new Run(em, onConflict, progress);
        // Every write of the import flushes itself (EntityService does), so a query needs no flush before it: without
        // this, each lookup of each row would first check every entity of the persistence context for changes.
        jakarta.persistence.FlushModeType flushMode = em.getFlushMode();
        em.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
        batches.begin();
        try {
            // In the registry's order: sources first (labs and facts cite them), then labs and people, then facts.
            for (RecordKind kind : kinds.all()) {
                section(run, kind.store(), kind, data.section(kind.section));
            }
            batches.flush();
        } finally {
            em.setFlushMode(flushMode);
        }
        if (!run.errors.isEmpty()) {
            throw new ImportRejectedException(run.errors);
        }
        if (dryRun) {
            rollbackOnly();
        }
        return new ImportResult(dryRun, run.created, run.updated, run.unchanged, run.skipped);
    }

    @SuppressWarnings("unchecked")
    private <E extends TrackedEntity, R> void section(Run run, RecordStore<E, R> store, RecordKind kind, List<?> rows) {
        AfterCreate<R, E> cite = !kind.cites() ? null
                : (r, fact, errors) -> drafts.citations(store.citationsOf(r), store.citationRequired(), errors)
                        .forEach(ref -> citations.cite(fact, ref.source(), ref.note()));
        Conflicts<R, E> conflicts = new Conflicts<>() {
            @Override
            public List<String> differing(R row, E draft, E stored) {
                // the row as the store reads it (references resolved to slugs, values normalised, derived fields
                // derived), against the stored record, on the fields the row gives
                return StoredDifference.fields(json, row, asRead(row, draft), store.recordOf(stored));
            }

            @Override
            public void apply(R row, E draft, E stored, List<FieldError> errors) {
                R held = store.recordOf(stored);
                java.util.Set<String> added = StoredDifference.newSources(json.valueToTree(row), json.valueToTree(held));
                store.update(stored, stored.version, StoredDifference.over(json, row, asRead(row, draft), held), "IMPORT");
                if (!added.isEmpty()) {
                    List<CitationRecord> cited = store.citationsOf(row).stream().filter(c -> added.contains(c.source().strip())).toList();
                    drafts.citations(cited, false, errors).forEach(ref -> citations.cite(stored, ref.source(), ref.note()));
                }
            }

            /** The row as the store reads it; the row itself where its draft cannot be written as a record. */
            private R asRead(R row, E draft) {
                try {
                    return store.recordOfDraft(draft);
                } catch (RuntimeException notARecordYet) {
                    return row;
                }
            }

            @Override
            public List<FieldError> problems(E draft) {
                return store.service().problems(draft, null);
            }
        };
        run.section(kind.section, (List<R>) rows, store::draftOf, new NaturalKey<>(kind.keyField, kind.keyWords, store::existing),
                store.service()::create, cite, conflicts);
    }

    /** How a row compares with the stored record of the same key, and how it is applied over it. */
    interface Conflicts<R, E> {
        /** The fields the row gives with other values than the stored record's (its draft says how the store reads them). */
        List<String> differing(R row, E draft, E stored);

        /** Writes the row's values over the stored record, adding the sources it cites that the record does not. */
        void apply(R row, E draft, E stored, List<FieldError> errors);

        /** The entity's own problems with a draft (required fields, sizes), to list beside the row's reference errors. */
        List<FieldError> problems(E draft);
    }

    private void rollbackOnly() {
        try {
            transactions.setRollbackOnly();
        } catch (SystemException e) {
            throw new IllegalStateException("cannot mark the dry run for rollback", e);
        }
    }

    /** Builds the draft of a row, collecting reference errors. */
    interface DraftMaker<R, E> extends BiFunction<R, List<FieldError>, E> {
    }

    /**
     * What identifies a row across imports: the field an error about it names, the fields in words, and how to find
     * the stored record with the same key.
     */
    record NaturalKey<E>(String field, String words, Function<E, Optional<E>> stored) {
    }

    /** Writes what follows a stored row (its citations), collecting errors. */
    interface AfterCreate<R, E> {
        void accept(R record, E entity, List<FieldError> errors);
    }

    /** The state of one import: counts and errors, filled section by section. */
    private static final class Run {
        /** Rows between flushes that empty the persistence context, so a large import stays linear. */
        static final int BATCH = 50;
        final jakarta.persistence.EntityManager em;
        final Map<String, Integer> created = new LinkedHashMap<>();
        int sinceClear;

        final OnConflict onConflict;

        final java.util.function.IntConsumer progress;
        int rowsRead;

        Run(jakarta.persistence.EntityManager em, OnConflict onConflict, java.util.function.IntConsumer progress) {
            this.em = em;
            this.onConflict = onConflict;
            this.progress = progress;
        }

        final Map<String, Integer> unchanged = new LinkedHashMap<>();
        final Map<String, Integer> updated = new LinkedHashMap<>();
        final Map<String, Integer> skipped = new LinkedHashMap<>();
        final List<RowError> errors = new ArrayList<>();

        /**
         * Imports one section. A row whose key is stored already is left as it is (so an import can be repeated); a row
         * whose key an earlier row of the same section had is an error naming that row, as the second one would
         * otherwise be dropped without a word.
         */
        <R, E extends TrackedEntity> void section(String name, List<R> records, DraftMaker<R, E> draftMaker,
                NaturalKey<E> key, Function<E, E> create, AfterCreate<R, E> after, Conflicts<R, E> conflicts) {
            created.put(name, 0);
            unchanged.put(name, 0);
            updated.put(name, 0);
            skipped.put(name, 0);
            Map<Long, Integer> rowOfRecord = new HashMap<>();
            for (int i = 0; i < records.size(); i++) {
                if (++rowsRead % BATCH == 0) {
                    progress.accept(rowsRead);
                }
                R record = records.get(i);
                int row = i + 1;
                if (record == null) {
                    errors.add(new RowError(name, row, "", "is empty"));
                    continue;
                }
                List<FieldError> rowErrors = new ArrayList<>();
                E draft = draftMaker.apply(record, rowErrors);
                boolean referencesFailed = !rowErrors.isEmpty();
                Optional<E> held = rowErrors.isEmpty() ? key.stored().apply(draft) : Optional.empty();
                if (held.isPresent()) {
                    Integer earlier = rowOfRecord.putIfAbsent(held.get().id, row);
                    if (earlier == null) {
                        conflict(name, row, record, draft, held.get(), conflicts, rowErrors);
                        rowErrors.forEach(fe -> errors.add(new RowError(name, row, fe.field(), fe.message())));
                    } else {
                        errors.add(new RowError(name, row, key.field(), "repeats row " + earlier + ": the same " + key.words()
                                + " (a record may appear once in an import)"));
                    }
                    continue;
                }
                if (rowErrors.isEmpty()) {
                    try {
                        E stored = create.apply(draft);
                        rowOfRecord.put(stored.id, row);
                        if (after != null) {
                            after.accept(record, stored, rowErrors);
                        }
                        created.merge(name, 1, Integer::sum);
                        if (++sinceClear >= BATCH && errors.isEmpty()) {
                            em.flush();
                            em.clear();
                            sinceClear = 0;
                        }
                    } catch (InvalidInputException e) {
                        rowErrors.addAll(e.errors);
                    } catch (DuplicateException e) {
                        if (e.fields.isEmpty()) {
                            rowErrors.add(new FieldError("", e.getMessage()));
                        }
                        e.fields.forEach(field -> rowErrors.add(new FieldError(field, e.messageFor(field))));
                    } catch (DomainException e) {
                        rowErrors.add(new FieldError("", e.getMessage()));
                    }
                }
                if (referencesFailed && draft != null) {
                    // the entity's own problems too (a required field left empty), so that a row whose references failed
                    // lists all it has wrong; a row that reached create has them already
                    java.util.Set<String> named = new java.util.HashSet<>();
                    rowErrors.forEach(fe -> named.add(fe.field()));
                    try {
                        conflicts.problems(draft).stream().filter(fe -> !named.contains(fe.field())).forEach(rowErrors::add);
                    } catch (DomainException alsoWrong) {
                        // a rule that throws (a duplicate) rather than lists: the reference errors stand on their own
                    }
                }
                rowErrors.forEach(fe -> errors.add(new RowError(name, row, fe.field(), fe.message())));
            }
        }

        /** A row whose record is stored: unchanged when it gives the same values, else as onConflict says. */
        private <R, E extends TrackedEntity> void conflict(String name, int row, R record, E draft, E stored, Conflicts<R, E> conflicts,
                List<FieldError> rowErrors) {
            List<String> differing = conflicts.differing(record, draft, stored);
            if (differing.isEmpty()) {
                unchanged.merge(name, 1, Integer::sum);
                return;
            }
            switch (onConflict) {
                case SKIP -> skipped.merge(name, 1, Integer::sum);
                case FAIL -> rowErrors.add(new FieldError(differing.get(0), "differs from the stored record in " + String.join(", ", differing)
                        + ": import with onConflict=update to apply this row's values, or onConflict=skip to keep the stored ones"));
                case UPDATE -> {
                    try {
                        conflicts.apply(record, draft, stored, rowErrors);
                        updated.merge(name, 1, Integer::sum);
                    } catch (InvalidInputException e) {
                        rowErrors.addAll(e.errors);
                    } catch (DomainException e) {
                        rowErrors.add(new FieldError("", e.getMessage()));
                    }
                }
            }
        }
    }
}

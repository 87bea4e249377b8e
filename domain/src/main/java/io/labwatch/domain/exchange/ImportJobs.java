package io.labwatch.domain.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.labwatch.domain.shared.BatchWrites;
import io.labwatch.domain.shared.DomainException;
import io.labwatch.domain.shared.InvalidInputException;
import io.labwatch.domain.shared.NotFoundException;
import io.labwatch.domain.shared.SqlValues;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Imports too large to answer within a request: each runs as a job, one at a time per instance, in one transaction of
 * its own (all or nothing, with the same validation as any import) whose timeout is the job's, not a request's. Its
 * row in {@code import_job} says where it is: queued, running with the rows read so far (written in a transaction of
 * its own every batch, so any instance can show it), then the result or every row's errors.
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class);

    /** Where a job is. */
    public enum State {
        QUEUED, RUNNING, SUCCEEDED, FAILED;

        /** Whether a job in this state has ended, one way or the other. */
        public boolean ended() {
            return this == SUCCEEDED || this == FAILED;
        }
    }

    /**
     * A job as its page and the API show it: rows read of the total, and when it has ended, the result (SUCCEEDED) or
     * the errors and a message (FAILED).
     */
    public record View(long id, State state, boolean dryRun, OnConflict onConflict, int rowsTotal, int rowsDone, ImportResult result,
            List<RowError> errors, String message, String startedBy, Instant startedAt, Instant updatedAt, Instant finishedAt) {

        /** Whether the job has ended, one way or the other. */
        public boolean ended() {
            return state.ended();
        }

        /** How far it is, 0 to 100. */
        public int percent() {
            return state == State.SUCCEEDED ? 100 : rowsTotal == 0 ? 0 : (int) Math.min(99, rowsDone * 100L / rowsTotal);
        }
    }

    @Inject
    EntityManager em;

    @Inject
    DatasetImporter importer;

    @Inject
    BatchWrites batches;

    @Inject
    UserTransaction transaction;

    @Inject
    ObjectMapper json;

    /** How long one job's transaction may run. */
    @ConfigProperty(name = "labwatch.import.job-timeout", defaultValue = "PT2H")
    Duration timeout;

    /**
     * A job that has written no progress for this long is reported as failed: the instance running it stopped (its
     * transaction, and so everything it wrote, went with it).
     */
    @ConfigProperty(name = "labwatch.import.job-stalled-after", defaultValue = "PT10M")
    Duration stalledAfter;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "import-job");
        thread.setDaemon(true);
        return thread;
    });

    /** Queues an import of {@code data} for {@code actor}; the answer is the job as it stands. */
    public View start(Dataset data, boolean dryRun, OnConflict onConflict, String actor) {
        if (data.rows() == 0) {
            throw new InvalidInputException(List.of(new io.labwatch.domain.shared.FieldError("", "the document holds no records to import")));
        }
        long id = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                insert into import_job (state, dry_run, on_conflict, rows_total, started_by) values ('QUEUED', ?1, ?2, ?3, ?4) returning id""")
                .setParameter(1, dryRun).setParameter(2, onConflict.name()).setParameter(3, data.rows()).setParameter(4, actor)
                .getSingleResult()).longValue());
        worker.submit(() -> run(id, data, dryRun, onConflict, actor));
        return get(id);
    }

    /** The job with this id, or a 404 naming it. */
    public View get(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.joiningExisting().call(() -> em.createNativeQuery("""
                select id, state, dry_run, on_conflict, rows_total, rows_done, result::text, errors::text, message, started_by, started_at,
                       updated_at, finished_at
                  from import_job where id = ?1""").setParameter(1, id).getResultList());
        if (rows.isEmpty()) {
            throw new NotFoundException("Import job", id);
        }
        Object[] r = rows.get(0);
        State state = State.valueOf((String) r[1]);
        Instant updated = SqlValues.instant(r[11]);
        String message = (String) r[8];
        if (!state.ended() && updated.plus(stalledAfter).isBefore(Instant.now())) {
            state = State.FAILED;
            message = "the job stopped without finishing (the instance running it ended); nothing was written: start it again";
        }
        return new View(((Number) r[0]).longValue(), state, (Boolean) r[2], OnConflict.valueOf((String) r[3]), ((Number) r[4]).intValue(),
                ((Number) r[5]).intValue(), read((String) r[6], new TypeReference<ImportResult>() { }),
                r[7] == null ? List.of() : read((String) r[7], new TypeReference<List<RowError>>() { }), message, (String) r[9],
                SqlValues.instant(r[10]), updated, r[12] == null ? null : SqlValues.instant(r[12]));
    }

    /** Runs one job on the worker thread: the import in its own transaction, its progress and end in others. */
    void run(long id, Dataset data, boolean dryRun, OnConflict onConflict, String actor) {
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            update("update import_job set state = 'RUNNING', updated_at = now() where id = ?1", id);
            ImportResult result = null;
            List<RowError> errors = List.of();
            String message = null;
            try {
                transaction.setTransactionTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toSeconds()));
                transaction.begin();
                try {
                    batches.begin(actor);
                    result = importer.importDataset(data, dryRun, onConflict, done -> update(
                            "update import_job set rows_done = ?2, updated_at = now() where id = ?1", id, done));
                    if (transaction.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                        transaction.rollback(); // a dry run: nothing is kept
                    } else {
                        transaction.commit();
                    }
                } catch (RuntimeException e) {
                    if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                        transaction.rollback();
                    }
                    throw e;
                }
            } catch (ImportRejectedException e) {
                errors = e.errors;
                message = e.errors.size() + (e.errors.size() == 1 ? " problem" : " problems") + " in the document; nothing was written";
            } catch (DomainException e) {
                message = e.getMessage() + "; nothing was written";
            } catch (Exception e) {
                LOG.errorf(e, "import job %d failed", id);
                message = "the import failed (" + e.getClass().getSimpleName() + "); nothing was written. The server's log has the details.";
            }
            boolean succeeded = result != null && message == null;
            String state = succeeded ? "SUCCEEDED" : "FAILED";
            update("""
                    update import_job set state = ?2, rows_done = case when ?2 = 'SUCCEEDED' then rows_total else rows_done end,
                           result = cast(?3 as json), errors = cast(?4 as json), message = ?5, updated_at = now(), finished_at = now()
                     where id = ?1""", id, state, write(result), write(errors), message);
        } finally {
            request.terminate();
        }
    }

    /** Writes where a job is, in a transaction of its own (so that it shows while the import's is open). */
    private void update(String sql, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }

    private String write(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return text == null ? null : json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}

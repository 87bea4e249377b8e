package io.labwatch.domain.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * A transaction that writes many records at once (an import). Its write path is the one every write takes, with two
 * differences that only pay off at volume: a record looked up by its slug or name is remembered for the rest of the
 * transaction (the hundredth hire at one lab does not ask for the lab again), and history entries are written in
 * JDBC batches instead of one statement each. The state lives in the transaction, so the services need no parameter
 * and nothing leaks into another transaction; outside a batch every method does what a single write needs.
 */
@ApplicationScoped
public class BatchWrites {

    private static final Object KEY = BatchWrites.class;

    /** History entries held before one batch writes them. */
    static final int AUDIT_BATCH = 500;

    @Inject
    TransactionSynchronizationRegistry transaction;

    @Inject
    EntityManager em;

    /** One batch's state: the remembered records and the history entries not yet written. */
    static final class Batch {
        /** Who the history names for the batch's changes when no request says (a job runs outside the request). */
        String actor;
        final Map<String, Object> remembered = new HashMap<>();
        final List<Object[]> audit = new ArrayList<>();
    }

    /** Makes the current transaction a batch, until it ends. */
    public void begin() {
        if (transaction.getResource(KEY) == null) {
            transaction.putResource(KEY, new Batch());
        }
    }

    /** Makes the current transaction a batch whose changes the history attributes to {@code actor}. */
    public void begin(String actor) {
        begin();
        current().actor = actor;
    }

    /** Who the current batch writes for, if it was begun for someone. */
    Optional<String> actor() {
        Batch batch = current();
        return batch == null ? Optional.empty() : Optional.ofNullable(batch.actor);
    }

    /** Writes what the batch holds: call before reading history, and before the transaction commits. */
    public void flush() {
        Batch batch = current();
        if (batch != null && !batch.audit.isEmpty()) {
            writeAudit(batch.audit);
            batch.audit.clear();
        }
    }

    /**
     * The record {@code lookup} finds, remembered under its type and key for the rest of a batch (a record found
     * stays found: an import never deletes). Outside a batch, the lookup itself. A miss is not remembered, as a later
     * row of the same import may create the record.
     */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> remembered(Class<T> type, String key, Supplier<Optional<T>> lookup) {
        Batch batch = current();
        if (batch == null || key == null) {
            return lookup.get();
        }
        String id = type.getName() + '\u0000' + key;
        Object known = batch.remembered.get(id);
        if (known != null) {
            return Optional.of((T) known);
        }
        Optional<T> found = lookup.get();
        found.ifPresent(value -> batch.remembered.put(id, value));
        return found;
    }

    /** Whether the current transaction is a batch. */
    public boolean active() {
        return current() != null;
    }

    /**
     * Holds a history entry in a batch, to be written with {@link #AUDIT_BATCH} others; false outside a batch (the
     * caller writes it). The row is actor, entity type, entity id, key, action, before and after (JSON text).
     */
    boolean holdAudit(Object[] row) {
        Batch batch = current();
        if (batch == null) {
            return false;
        }
        batch.audit.add(row);
        if (batch.audit.size() >= AUDIT_BATCH) {
            flush();
        }
        return true;
    }

    private void writeAudit(List<Object[]> rows) {
        em.unwrap(Session.class).doWork(connection -> {
            try (var insert = connection.prepareStatement("insert into audit_entry (actor, entity_type, entity_id, entity_key, action, before, after)"
                    + " values (?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))")) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        insert.setObject(i + 1, row[i]);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private Batch current() {
        try {
            return (Batch) transaction.getResource(KEY);
        } catch (IllegalStateException noTransaction) {
            return null;
        }
    }
}

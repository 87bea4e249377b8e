package io.labwatch.domain.timetravel;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Runs a read against the data as it stood at a past instant: the database function {@code as_of} (migration V7)
 * rebuilds the fact tables from their row history in temporary tables that shadow the real ones until the
 * transaction ends, so every query (profile, timeline, brief) reads the past unchanged. When nothing has changed
 * since that instant the live tables already are the past, and nothing is rebuilt.
 */
@ApplicationScoped
public class TimeTravel {

    @Inject
    EntityManager em;

    /** The result of {@code read}, computed in a new transaction that sees the data as it stood at {@code at}. */
    public <T> T asOf(Instant at, Supplier<T> read) {
        return QuarkusTransaction.requiringNew().call(() -> {
            boolean changedSince = (Boolean) em.createNativeQuery("select exists (select 1 from row_history where at > :at)")
                    .setParameter("at", at).getSingleResult();
            if (changedSince) {
                em.createNativeQuery("select as_of(:at)").setParameter("at", at).getSingleResult();
            }
            T result = read.get();
            // the temporary tables must never be written to; nothing a read loads is flushed
            em.clear();
            return result;
        });
    }
}

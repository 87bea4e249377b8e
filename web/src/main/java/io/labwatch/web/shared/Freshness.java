package io.labwatch.web.shared;

import io.labwatch.domain.shared.SqlValues;
import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import io.quarkus.qute.TemplateGlobal;
import io.labwatch.domain.shared.FactChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * How fresh the data is, for every page's footer: when the data last changed (the newest entry of the row history,
 * which every write of a fact, lab, person or source adds), the latest day on or before today that a recorded fact
 * happened on, and the latest profile verification. Read
 * once and kept until a fact changes here (or a minute has passed, for changes made through another instance): the
 * query reads every fact table and cost 20-35 ms per page on 100,000 facts.
 */
@ApplicationScoped
@Unremovable
public class Freshness {

    /** The three dates, any of which may be missing. */
    public record Dates(java.time.Instant lastChange, LocalDate newestFact, LocalDate lastVerified) {
    }

    @Inject
    EntityManager em;

    private static final long KEEP_NANOS = 60_000_000_000L;

    private volatile Dates cached;
    private volatile long readAt;

    /** After the change commits, so that no reader caches the data from before it. */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) FactChanged change) {
        cached = null;
    }

    @Transactional
    public Dates read() {
        Dates dates = cached;
        if (dates == null || System.nanoTime() - readAt > KEEP_NANOS) {
            dates = query();
            cached = dates;
            readAt = System.nanoTime();
        }
        return dates;
    }

    private Dates query() {
        // the history's newest row by its key (an index read), not max(at) over every row
        Object[] row = (Object[]) em.createNativeQuery("select (select at from row_history order by id desc limit 1),"
                + " (select max(occurred_on) from lab_event where kind <> 'SOURCE' and occurred_on <= current_date),"
                + " (select max(last_verified_on) from lab)").getSingleResult();
        return new Dates(SqlValues.instant(row[0]),
                SqlValues.date(row[1]), SqlValues.date(row[2]));
    }

    /** Available to every template as {freshness}. */
    @TemplateGlobal
    static Dates freshness() {
        return Arc.container().instance(Freshness.class).get().read();
    }
}

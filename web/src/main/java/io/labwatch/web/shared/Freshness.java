package io.labwatch.web.shared;

import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import io.quarkus.qute.TemplateGlobal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;

/** How fresh the data is, for every page's footer: the newest dated fact and the latest profile verification. */
@ApplicationScoped
@Unremovable
public class Freshness {

    /** The two dates, either of which may be missing. */
    public record Dates(LocalDate newestFact, LocalDate lastVerified) {
    }

    @Inject
    EntityManager em;

    @Transactional
    public Dates read() {
        Object[] row = (Object[]) em.createNativeQuery("select (select max(occurred_on) from lab_event where kind <> 'SOURCE'),"
                + " (select max(last_verified_on) from lab)").getSingleResult();
        return new Dates(date(row[0]), date(row[1]));
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** Available to every template as {freshness}; one statement per page. */
    @TemplateGlobal
    static Dates freshness() {
        return Arc.container().instance(Freshness.class).get().read();
    }
}

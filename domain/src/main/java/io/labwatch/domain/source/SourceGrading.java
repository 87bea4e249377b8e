package io.labwatch.domain.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When Labwatch began grading sources: the upgrade that brought grades (V17) ran then. Time travel to an earlier moment
 * reads every source as it was, ungraded (F), so a minimum grade leaves out every fact of that past; pages and briefs
 * of it say so.
 */
@ApplicationScoped
@jakarta.inject.Named("sourceGrading")
public class SourceGrading {

    @Inject
    EntityManager em;

    private volatile Instant since;

    /** The moment grading began, as Flyway recorded the upgrade; empty where its history has no such row. */
    public Optional<Instant> since() {
        if (since == null) {
            List<?> rows = em.createNativeQuery("select cast(installed_on as timestamptz) from flyway_schema_history where version = '17'")
                    .getResultList();
            since = rows.isEmpty() || rows.get(0) == null ? Instant.MIN : toInstant(rows.get(0));
        }
        return since.equals(Instant.MIN) ? Optional.empty() : Optional.of(since);
    }

    /** Whether sources were not yet graded at this moment. */
    public boolean notYetAt(Instant moment) {
        return since().map(moment::isBefore).orElse(false);
    }

    /** The day grading began, as pages write a day ("1 December 2026"); empty where unknown. */
    public String sinceDay() {
        return since().map(i -> io.labwatch.domain.shared.DatePrecision.DAY.display(i.atZone(java.time.ZoneOffset.UTC).toLocalDate())).orElse("");
    }

    private static Instant toInstant(Object value) {
        if (value instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return (Instant) value;
    }
}

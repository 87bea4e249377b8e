package io.labwatch.domain.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.labwatch.domain.exchange.Dataset;
import io.labwatch.domain.exchange.DatasetImporter;
import io.labwatch.domain.exchange.ImportResult;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the demo data (the facts of the article Labwatch was conceived from) once per database. A marker
 * row written in the same transaction makes it idempotent: a restart, a second instance, or a database
 * whose demo facts an analyst has since edited or deleted gets nothing re-added.
 */
@ApplicationScoped
public class DemoDataLoader {

    static final String RESOURCE = "demo/labwatch-demo.json";
    static final String MARKER = "demo-data-loaded";
    /** When the demo facts count as recorded: the publication of the article they come from. */
    static final Instant RECORDED_ON = Instant.parse("2026-05-29T12:00:00Z");
    /** The tables with timestamps (a fact's are in {@code fact}, for every kind). */
    private static final List<String> BACKDATED = List.of("lab", "person", "source", "data_center", "legal_case", "fact", "watch_item", "citation");
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    @Inject
    DatasetImporter importer;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "labwatch.demo.enabled", defaultValue = "true")
    boolean enabled;

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            loadOnce();
        }
    }

    /** Loads the demo data unless this database has had it before; returns whether it loaded. */
    @Transactional
    public boolean loadOnce() {
        int claimed = em.createNativeQuery(
                        "insert into app_state (name, value) values (:name, :value) on conflict (name) do nothing")
                .setParameter("name", MARKER)
                .setParameter("value", RESOURCE)
                .executeUpdate();
        if (claimed == 0) {
            LOG.debug("Demo data was loaded into this database before; nothing to do");
            return false;
        }
        Instant loadStarted = Instant.now();
        // row images are written after backdating, so the past (as of the article's day) already holds the demo data
        em.createNativeQuery("select set_config('labwatch.row_history', 'off', true)").getSingleResult();
        // rows an operator holds already (with other values) are theirs: kept as they are
        ImportResult result = importer.importDataset(read(), false, io.labwatch.domain.exchange.OnConflict.SKIP);
        backdate(loadStarted);
        em.createNativeQuery("select set_config('labwatch.row_history', 'on', true)").getSingleResult();
        em.createNativeQuery("select backfill_row_history()").getSingleResult();
        LOG.infof("Loaded demo data: %d rows %s", result.totalCreated(), result.created());
        return true;
    }

    /**
     * Dates the demo rows as recorded on the day of the article they come from, so that briefs "as of" late May
     * 2026 include them whatever day this installation was set up.
     */
    private void backdate(Instant loadStarted) {
        for (String table : BACKDATED) {
            em.createNativeQuery("update " + table + " set created_at = :recorded, updated_at = :recorded where created_at >= :started")
                    .setParameter("recorded", RECORDED_ON).setParameter("started", loadStarted).executeUpdate();
        }
    }

    /** The demo dataset as shipped in the domain module. */
    public Dataset read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return json.readValue(in, Dataset.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}

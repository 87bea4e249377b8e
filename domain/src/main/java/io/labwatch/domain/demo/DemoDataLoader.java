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
        ImportResult result = importer.importDataset(read(), false);
        LOG.infof("Loaded demo data: %d rows %s", result.totalCreated(), result.created());
        return true;
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

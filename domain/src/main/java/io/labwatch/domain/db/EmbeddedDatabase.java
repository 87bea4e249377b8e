package io.labwatch.domain.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The PostgreSQL 17 server Labwatch runs itself when no external database is configured. One per JVM;
 * its data lives in a directory across restarts (or in a temporary one, for tests), with fsync on.
 */
public final class EmbeddedDatabase {

    static final String DATABASE = "labwatch";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static EmbeddedDatabase running;

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final boolean temporary;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory, boolean temporary) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.temporary = temporary;
    }

    /** Starts the server unless this JVM already runs one; returns the running one. */
    public static synchronized EmbeddedDatabase start(EmbeddedDatabaseSettings settings) {
        if (running != null) {
            return running;
        }
        long started = System.nanoTime();
        try {
            Path dir = settings.temporary()
                    ? Files.createTempDirectory("labwatch-pg-")
                    : Files.createDirectories(settings.dataDirectory().toAbsolutePath().normalize());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // zonky turns durability off for speed; a data store keeps it on.
                    .setServerConfig("fsync", settings.temporary() ? "off" : "on")
                    .setServerConfig("synchronous_commit", settings.temporary() ? "off" : "on")
                    .setServerConfig("full_page_writes", settings.temporary() ? "off" : "on")
                    .setServerConfig("max_connections", "100");
            if (settings.port() > 0) {
                builder.setPort(settings.port());
            }
            EmbeddedDatabase db = new EmbeddedDatabase(builder.start(), dir, settings.temporary());
            db.createDatabaseIfMissing();
            running = db;
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stopRunning, "labwatch-embedded-pg-stop"));
            LOG.infof("Embedded PostgreSQL started in %d ms on port %d, data in %s%s", (System.nanoTime() - started) / 1_000_000,
                    db.port(), dir, settings.temporary() ? " (temporary)" : "");
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    /** The server this JVM runs, if any. */
    public static synchronized EmbeddedDatabase current() {
        return running;
    }

    /** Stops the server (fast shutdown: sessions end, data is checkpointed); does nothing if none runs. */
    public static synchronized void stopRunning() {
        if (running == null) {
            return;
        }
        EmbeddedDatabase db = running;
        running = null;
        try {
            db.postgres.close();
            LOG.infof("Embedded PostgreSQL stopped");
            if (db.temporary) {
                deleteTree(db.dataDirectory);
            }
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    private void createDatabaseIfMissing() {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create database " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + DATABASE + " in the embedded PostgreSQL", e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

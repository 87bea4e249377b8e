package io.labwatch.domain.db;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Hands the datasource a JDBC URL when none is configured, by starting the embedded PostgreSQL. With
 * {@code quarkus.datasource.jdbc.url} set (e.g. through QUARKUS_DATASOURCE_JDBC_URL) it does nothing.
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    /** Below environment variables (300) and system properties (400), so both still win. */
    static final int ORDINAL = 260;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        // Config is also read while the application is built and at static init; a URL produced then would
        // be baked into the build. Only the runtime-init read may start a server.
        if (ExecutionMode.current() != ExecutionMode.RUNTIME_INIT
                || isSet(context.getValue(JDBC_URL)) || !bool(context, "labwatch.db.embedded.enabled", true)) {
            return List.of();
        }
        EmbeddedDatabase db = EmbeddedDatabase.start(settings(context));
        return List.of(new PropertiesConfigSource(Map.of(
                JDBC_URL, db.jdbcUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres"), "labwatch-embedded-postgresql", ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    static EmbeddedDatabaseSettings settings(ConfigSourceContext context) {
        ConfigValue dir = context.getValue("labwatch.db.embedded.data-dir");
        ConfigValue port = context.getValue("labwatch.db.embedded.port");
        return new EmbeddedDatabaseSettings(
                Path.of(isSet(dir) ? dir.getValue() : "data"),
                bool(context, "labwatch.db.embedded.temporary", false),
                isSet(port) ? Integer.parseInt(port.getValue().trim()) : 0);
    }

    private static boolean bool(ConfigSourceContext context, String name, boolean fallback) {
        ConfigValue value = context.getValue(name);
        return isSet(value) ? Boolean.parseBoolean(value.getValue().trim()) : fallback;
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }
}

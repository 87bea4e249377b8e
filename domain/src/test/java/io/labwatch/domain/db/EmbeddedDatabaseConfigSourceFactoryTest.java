package io.labwatch.domain.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.ExecutionModeManager;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseConfigSourceFactoryTest {

    private final EmbeddedDatabaseConfigSourceFactory factory = new EmbeddedDatabaseConfigSourceFactory();

    @BeforeEach
    void runtimeInit() {
        ExecutionModeManager.runtimeInit();
    }

    @AfterEach
    void stop() {
        EmbeddedDatabase.stopRunning();
        ExecutionModeManager.unset();
    }

    @Test
    void externalJdbcUrlStartsNoEmbeddedServer() {
        Iterable<ConfigSource> sources = factory.getConfigSources(context(Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/test")));

        assertThat(sources).isEmpty();
        assertThat(EmbeddedDatabase.current()).isNull();
    }

    @Test
    void nothingStartsWhileTheApplicationIsBeingBuilt() {
        ExecutionModeManager.unset();

        assertThat(factory.getConfigSources(context(Map.of("labwatch.db.embedded.temporary", "true")))).isEmpty();
        assertThat(EmbeddedDatabase.current()).isNull();
    }

    @Test
    void withoutJdbcUrlTheEmbeddedServerKeepsDataAcrossRestarts(@TempDir Path dir) throws Exception {
        Map<String, String> config = Map.of("labwatch.db.embedded.data-dir", dir.resolve("pg").toString());

        String url = jdbcUrl(factory.getConfigSources(context(config)));
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("create table kept (note text)");
            s.execute("insert into kept values ('survives a restart')");
            try (ResultSet rs = s.executeQuery("show fsync")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("on");
            }
        }
        EmbeddedDatabase.stopRunning();
        assertThat(Files.exists(dir.resolve("pg").resolve("PG_VERSION"))).isTrue();

        String again = jdbcUrl(factory.getConfigSources(context(config)));
        try (Connection c = DriverManager.getConnection(again, "postgres", "postgres"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select note from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("survives a restart");
        }
    }

    private static String jdbcUrl(Iterable<ConfigSource> sources) {
        Iterator<ConfigSource> it = sources.iterator();
        assertThat(it.hasNext()).isTrue();
        String url = it.next().getValue("quarkus.datasource.jdbc.url");
        assertThat(url).startsWith("jdbc:postgresql://localhost:").endsWith("/labwatch");
        return url;
    }

    private static ConfigSourceContext context(Map<String, String> values) {
        Map<String, String> copy = new HashMap<>(values);
        return new ConfigSourceContext() {
            @Override
            public ConfigValue getValue(String name) {
                String value = copy.get(name);
                return value == null ? null : ConfigValue.builder().withName(name).withValue(value).build();
            }

            @Override
            public List<String> getProfiles() {
                return List.of();
            }

            @Override
            public Iterator<String> iterateNames() {
                return copy.keySet().iterator();
            }
        };
    }
}

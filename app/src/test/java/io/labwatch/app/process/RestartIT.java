package io.labwatch.app.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged application as a user does: start on an empty data directory, edit, stop, start again. */
class RestartIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void demoDataLoadsOnceAndAnAnalystsChangeSurvivesARestart(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        int pgPort = LabwatchProcess.freePort();
        Map<String, String> props = Map.of("labwatch.db.embedded.data-dir", data.toString(),
                "labwatch.db.embedded.port", Integer.toString(pgPort));

        int labCount;
        try (LabwatchProcess first = LabwatchProcess.start(props, Map.of(), dir.resolve("first.log"))) {
            labCount = JSON.readTree(first.get("/api/labs").body()).get("total").asInt();
            assertThat(labCount).isGreaterThanOrEqualTo(10);
            assertThat(first.get("/").body()).contains("Anthropic", "$900B");
            assertThat(first.output()).contains("Loaded demo data");

            ObjectNode openai = (ObjectNode) JSON.readTree(first.get("/api/labs/openai").body());
            String etag = "\"" + openai.remove("version").asLong() + "\"";
            openai.put("statedEmphasis", "Edited by an analyst");
            assertThat(first.put("/api/labs/openai", etag, openai.toString()).statusCode()).isEqualTo(200);
            System.out.printf("Labwatch ready in %d ms on an empty data directory (demo data loaded)%n", first.startMillis);

            assertThat(first.stop()).isIn(0, 143);
        }
        assertThat(Files.exists(data.resolve("PG_VERSION"))).isTrue();
        assertThatThrownBy(() -> new Socket("localhost", pgPort).close()).as("embedded PostgreSQL stopped with Labwatch")
                .isInstanceOf(java.net.ConnectException.class);

        try (LabwatchProcess second = LabwatchProcess.start(props, Map.of(), dir.resolve("second.log"))) {
            assertThat(JSON.readTree(second.get("/api/labs").body()).get("total").asInt()).isEqualTo(labCount);
            assertThat(JSON.readTree(second.get("/api/labs/openai").body()).get("statedEmphasis").asText())
                    .isEqualTo("Edited by an analyst");
            assertThat(second.output()).doesNotContain("Loaded demo data");
            System.out.printf("Labwatch ready in %d ms on restart%n", second.startMillis);
        }
    }

    @Test
    void externalDatabaseUrlStartsNoEmbeddedServer(@TempDir Path dir) throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
            Path data = dir.resolve("unused-data");
            Map<String, String> env = Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", external.getJdbcUrl("postgres", "postgres"),
                    "QUARKUS_DATASOURCE_USERNAME", "postgres",
                    "QUARKUS_DATASOURCE_PASSWORD", "postgres");
            try (LabwatchProcess app = LabwatchProcess.start(Map.of("labwatch.db.embedded.data-dir", data.toString()), env,
                    dir.resolve("external.log"))) {
                assertThat(JSON.readTree(app.get("/api/labs").body()).get("total").asInt()).isGreaterThanOrEqualTo(10);
                assertThat(app.output()).doesNotContain("Embedded PostgreSQL started");
                assertThat(Files.exists(data)).as("no embedded data directory").isFalse();
            }
        }
    }
}

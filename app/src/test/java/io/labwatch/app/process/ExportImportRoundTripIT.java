package io.labwatch.app.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export from one Labwatch, import into another with an empty database: the second exports the same data. */
class ExportImportRoundTripIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void exportThenImportIntoAnEmptyDatabaseReproducesTheData(@TempDir Path dir) throws Exception {
        String exported;
        try (LabwatchProcess source = LabwatchProcess.start(Map.of("labwatch.db.embedded.data-dir", dir.resolve("a").toString()),
                Map.of(), dir.resolve("a.log"))) {
            exported = source.get("/api/export").body();
        }
        try (LabwatchProcess target = LabwatchProcess.start(Map.of("labwatch.db.embedded.data-dir", dir.resolve("b").toString(),
                "labwatch.demo.enabled", "false"), Map.of("LABWATCH_ADMIN_PASSWORD", "first-admin-password"), dir.resolve("b.log"))) {
            target.credentials = "admin:first-admin-password";
            // the first request of a fresh instance answers a method the address does not take with a 405, not a 500 (the
            // kinds it names were once first read there, on an I/O thread, where their transactional stores cannot run)
            var wrongMethod = target.get("/api/import-jobs");
            assertThat(wrongMethod.statusCode()).as(wrongMethod.body()).isEqualTo(405);
            assertThat(JSON.readTree(target.get("/api/labs").body()).get("total").asInt()).isZero();

            // as an import job, the way a large document goes, followed until it has ended
            var started = target.post("/api/import-jobs", exported);
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            String job = "/api/import-jobs/" + JSON.readTree(started.body()).get("id").asText();
            JsonNode state = JSON.readTree(target.get(job).body());
            for (int i = 0; i < 1200 && !state.get("state").asText().matches("SUCCEEDED|FAILED"); i++) {
                Thread.sleep(100);
                state = JSON.readTree(target.get(job).body());
            }
            assertThat(state.get("state").asText()).as(state.toString()).isEqualTo("SUCCEEDED");
            assertThat(state.get("rowsDone").asInt()).isEqualTo(state.get("rowsTotal").asInt()).isPositive();

            JsonNode expected = withoutRowIdentity(JSON.readTree(exported));
            JsonNode actual = withoutRowIdentity(JSON.readTree(target.get("/api/export").body()));
            assertThat(actual).isEqualTo(expected);
            assertThat(expected.get("hires").size()).isGreaterThanOrEqualTo(9);
        }
    }

    /** Ids and versions belong to a database's rows, not to the data. */
    private static JsonNode withoutRowIdentity(JsonNode node) {
        if (node.isObject()) {
            ((ObjectNode) node).remove("id");
            ((ObjectNode) node).remove("version");
            node.forEach(ExportImportRoundTripIT::withoutRowIdentity);
        } else if (node.isArray()) {
            node.forEach(ExportImportRoundTripIT::withoutRowIdentity);
        }
        return node;
    }
}

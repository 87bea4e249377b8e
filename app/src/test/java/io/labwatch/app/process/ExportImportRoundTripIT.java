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
            assertThat(JSON.readTree(target.get("/api/labs").body()).get("total").asInt()).isZero();

            var imported = target.post("/api/import", exported);
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

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

package io.labwatch.app.security;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A file that holds one record twice (the same natural key in two rows) is refused, naming the second row and the
 * first, and nothing of it is written: the second row used to be dropped without a word, whatever it said.
 */
@QuarkusTest
class ImportDuplicatesTest {

    @Test
    void aJsonDatasetWithOneKeyInTwoRowsIsRefusedNamingTheRow() {
        String dataset = """
                {"labs": [
                   {"slug": "twice-lab", "name": "Twice Lab", "kind": "OTHER"},
                   {"slug": "other-lab", "name": "Other Lab", "kind": "OTHER"},
                   {"slug": "twice-lab", "name": "Twice Lab, Renamed", "kind": "AI_STARTUP"}],
                 "fundingRounds": [
                   {"lab": "twice-lab", "name": "Seed", "announcedOn": "2026-01-01", "amountRaised": 1000000,
                    "citations": [{"source": "cnbc-karpathy-anthropic"}]},
                   {"lab": "twice-lab", "name": "Seed", "announcedOn": "2026-02-01", "amountRaised": 9000000,
                    "citations": [{"source": "cnbc-karpathy-anthropic"}]}]}""";
        Map<String, Object> before = asAnalyst().get("/api/export").then().statusCode(200).extract().as(Map.class);

        asAnalyst().contentType(ContentType.JSON).body(dataset).post("/api/import").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.size()", equalTo(2))
                .body("errors.find { it.field == 'labs.slug' }.row", equalTo(3))
                .body("errors.find { it.field == 'labs.slug' }.message", containsString("repeats row 1"))
                .body("errors.find { it.field == 'fundingRounds.name' }.row", equalTo(2))
                .body("errors.find { it.field == 'fundingRounds.name' }.message", containsString("the same lab and name"));

        assertThat(asAnalyst().get("/api/export").then().statusCode(200).extract().as(Map.class)).isEqualTo(before);
        asAnalyst().get("/api/labs/twice-lab").then().statusCode(404);
        asAnalyst().contentType(ContentType.JSON).body(dataset).post("/api/import?dryRun=true").then().statusCode(422);
    }

    @Test
    void aCsvSectionWithOneKeyInTwoRowsIsRefusedNamingTheRow() {
        String csv = """
                lab,name,announcedOn,amountRaised,citations
                anthropic,CSV Twice Round,2026-03-01,1000000,cnbc-karpathy-anthropic
                anthropic,CSV Other Round,2026-03-02,2000000,cnbc-karpathy-anthropic
                anthropic,CSV Twice Round,2026-03-03,3000000,cnbc-karpathy-anthropic
                """;
        asAnalyst().contentType("text/csv").body(csv).post("/api/import/fundingRounds").then().statusCode(422)
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo("fundingRounds.name")).body("errors[0].row", equalTo(3))
                .body("errors[0].message", containsString("repeats row 1"));
        asAnalyst().get("/api/funding-rounds?lab=anthropic&size=100").then().statusCode(200)
                .body("items.findAll { it.name.startsWith('CSV ') }.size()", equalTo(0));
    }

    /** Rows that match a stored record are left as they are, but two such rows are still one record twice. */
    @Test
    void twoRowsForOneStoredRecordAreRefusedToo() {
        String twice = """
                {"labs": [{"slug": "anthropic", "name": "Anthropic", "kind": "FRONTIER_LAB"},
                          {"slug": "anthropic", "name": "Anthropic PBC", "kind": "FRONTIER_LAB"}]}""";
        asAnalyst().contentType(ContentType.JSON).body(twice).post("/api/import").then().statusCode(422)
                .body("errors[0].field", equalTo("labs.slug")).body("errors[0].row", equalTo(2));
        String once = """
                {"labs": [{"slug": "anthropic", "name": "Anthropic", "kind": "FRONTIER_LAB"}]}""";
        asAnalyst().contentType(ContentType.JSON).body(once).post("/api/import").then().statusCode(200)
                .body("unchanged.labs", equalTo(1));
    }
}

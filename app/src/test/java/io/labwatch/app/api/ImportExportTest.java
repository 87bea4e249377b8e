package io.labwatch.app.api;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportExportTest {

    private static final String DATASET = """
            {"labs": [
               {"slug": "import-one", "name": "Import One", "kind": "AI_STARTUP"},
               {"slug": "import-two", "name": "Import Two", "kind": "AI_STARTUP"},
               {"slug": "Import Three", "name": "Import Three", "kind": "AI_STARTUP"},
               {"slug": "import-four", "name": "Import Four", "kind": "AI_STARTUP"}],
             "people": [{"slug": "import-person", "name": "Import Person"}],
             "hires": [
               {"person": "import-person", "toLab": "import-one", "kind": "JOINED", "announcedOn": "2026-02-01",
                "seniority": "SENIOR", "citations": [{"source": "cnbc-karpathy-anthropic"}]},
               {"person": "import-person", "toLab": "import-two", "kind": "JOINED", "announcedOn": "2026-03-01",
                "seniority": "SENIOR"},
               {"person": "import-person", "toLab": "nowhere", "kind": "JOINED", "announcedOn": "2026-04-01",
                "seniority": "SENIOR", "citations": [{"source": "cnbc-karpathy-anthropic"}]}]}
            """;

    @Test
    void aSectionNoKindHasIsRefusedNamingTheSections() {
        asAnalyst().contentType(ContentType.JSON).body("{\"hirez\": []}").post("/api/import").then().statusCode(400)
                .contentType("application/problem+json")
                .body(org.hamcrest.Matchers.containsString("hirez"));
    }

    @Test
    void aBadValueInARowIsRefusedNamingTheSectionRowAndField() {
        asAnalyst().contentType(ContentType.JSON).body("{\"hires\": [{\"person\": \"x\", \"announcedOn\": \"someday\"}]}")
                .post("/api/import").then().statusCode(400).contentType("application/problem+json")
                .body(org.hamcrest.Matchers.containsString("hires[0].announcedOn"));
    }

    @Test
    void oneBadRowRejectsTheWholeImportAndReportsEveryRow() {
        Map<String, Object> before = asAnalyst().get("/api/export").then().statusCode(200).extract().as(Map.class);

        asAnalyst().contentType(ContentType.JSON).body(DATASET).post("/api/import").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.find { it.field == 'labs.slug' }.row", equalTo(3))
                .body("errors.find { it.field == 'hires.citations' }.row", equalTo(2))
                .body("errors.find { it.field == 'hires.toLab' }.row", equalTo(3));

        Map<String, Object> after = asAnalyst().get("/api/export").then().statusCode(200).extract().as(Map.class);
        assertThat(after).isEqualTo(before);
        asAnalyst().get("/api/labs/import-one").then().statusCode(404);
    }

    @Test
    void dryRunValidatesAndWritesNothingThenARealRunIsIdempotent() {
        String good = """
                {"labs": [{"slug": "dry-run-lab", "name": "Dry Run Lab", "kind": "OTHER"}],
                 "watchItems": [{"lab": "dry-run-lab", "question": "Will it ship?", "raisedOn": "2026-06-01",
                                 "citations": [{"source": "cnbc-karpathy-anthropic"}]}]}""";
        asAnalyst().contentType(ContentType.JSON).body(good).post("/api/import?dryRun=true").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("created.labs", equalTo(1)).body("created.watchItems", equalTo(1));
        asAnalyst().get("/api/labs/dry-run-lab").then().statusCode(404);

        asAnalyst().contentType(ContentType.JSON).body(good).post("/api/import").then().statusCode(200).body("created.labs", equalTo(1));
        asAnalyst().contentType(ContentType.JSON).body(good).post("/api/import").then().statusCode(200)
                .body("created.labs", equalTo(0)).body("unchanged.labs", equalTo(1)).body("unchanged.watchItems", equalTo(1));
    }

    @Test
    void reimportingTheExportChangesNothing() {
        String export = asAnalyst().get("/api/export").then().statusCode(200).extract().asString();
        asAnalyst().contentType(ContentType.JSON).body(export).post("/api/import").then().statusCode(200)
                .body("created.values().sum()", equalTo(0));
        assertThat(asAnalyst().get("/api/export").then().extract().asString()).isEqualTo(export);
    }

    @Test
    void csvSectionsImportWithRowErrors() {
        String csv = "slug,name,bio\ncsv-person-one,CSV Person One,From a spreadsheet\nCSV two,CSV Person Two,\n";
        asAnalyst().contentType("text/csv").body(csv).post("/api/import/people").then().statusCode(422)
                .body("errors.row", hasItem(2)).body("errors.field", hasItem("people.slug"));
        asAnalyst().get("/api/people/csv-person-one").then().statusCode(404);

        asAnalyst().contentType("text/csv").body("slug,name\ncsv-person-one,CSV Person One\n").post("/api/import/people").then()
                .statusCode(200).body("created.people", equalTo(1));
        asAnalyst().get("/api/people/csv-person-one").then().statusCode(200).body("name", equalTo("CSV Person One"));
        asAnalyst().contentType("text/csv").body("person,toLab,kind,announcedOn,seniority,citations\n"
                        + "csv-person-one,openai,JOINED,2026-08-01,MID,cnbc-karpathy-anthropic|techcrunch-karpathy-anthropic\n")
                .post("/api/import/hires").then().statusCode(200).body("created.hires", equalTo(1));
        asAnalyst().get("/api/hires?person=csv-person-one").then().statusCode(200).body("items[0].citations.size()", equalTo(2));
    }
}

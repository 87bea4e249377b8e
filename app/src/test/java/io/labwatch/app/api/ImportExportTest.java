package io.labwatch.app.api;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.labwatch.app.contract.SendsInvalidRequests;
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
    @SendsInvalidRequests("an import with a bad value or an unknown section")
    void aSectionNoKindHasIsRefusedNamingTheSections() {
        asAnalyst().contentType(ContentType.JSON).body("{\"hirez\": []}").post("/api/import").then().statusCode(400)
                .contentType("application/problem+json")
                .body(org.hamcrest.Matchers.containsString("hirez"));
    }

    @Test
    @SendsInvalidRequests("an import with a bad value or an unknown section")
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
    void aRowThatDiffersFromTheStoredRecordFailsIsSkippedOrUpdatesAsAsked() {
        asAnalyst().contentType(ContentType.JSON).body("{\"labs\": [{\"slug\": \"conflict-lab\", \"name\": \"Conflict Lab\", "
                + "\"kind\": \"AI_STARTUP\", \"headquarters\": \"Oslo\"}]}").post("/api/import").then().statusCode(200);
        String changed = "{\"labs\": [{\"slug\": \"conflict-lab\", \"name\": \"Conflict Lab\", \"kind\": \"AI_STARTUP\", "
                + "\"headquarters\": \"Bergen\", \"website\": \"https://conflict.example\"}]}";
        // by default a difference is an error naming the row and the fields, and nothing is written
        asAnalyst().contentType(ContentType.JSON).body(changed).post("/api/import").then().statusCode(422)
                .body("errors[0].row", equalTo(1)).body("errors[0].field", equalTo("labs.headquarters"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("headquarters, website"));
        asAnalyst().get("/api/labs/conflict-lab").then().body("headquarters", equalTo("Oslo"));
        asAnalyst().contentType(ContentType.JSON).body(changed).post("/api/import?onConflict=skip").then().statusCode(200)
                .body("skipped.labs", equalTo(1)).body("updated.labs", equalTo(0));
        asAnalyst().get("/api/labs/conflict-lab").then().body("headquarters", equalTo("Oslo"));
        asAnalyst().contentType(ContentType.JSON).body(changed).post("/api/import?onConflict=update").then().statusCode(200)
                .body("updated.labs", equalTo(1)).body("created.labs", equalTo(0));
        asAnalyst().get("/api/labs/conflict-lab").then().body("headquarters", equalTo("Bergen"))
                .body("website", equalTo("https://conflict.example")).body("name", equalTo("Conflict Lab"));
        asAnalyst().get("/api/history/labs/conflict-lab").then().statusCode(200).body("items.action", hasItem("IMPORT"));
        // the same row again is now the stored record: unchanged
        asAnalyst().contentType(ContentType.JSON).body(changed).post("/api/import").then().statusCode(200).body("unchanged.labs", equalTo(1));
    }

    @Test
    void aFactRowReadsAsTheStoreReadsItAndAddsTheSourcesItCites() {
        long id = asAnalyst().contentType(ContentType.JSON).body("{\"person\": \"john-schulman\", \"toLab\": \"anthropic\", \"kind\": \"JOINED\","
                + " \"announcedOn\": \"2031-03-03\", \"seniority\": \"SENIOR\", \"citations\": [{\"source\": \"cnbc-karpathy-anthropic\"}]}")
                .post("/api/hires").then().statusCode(201).extract().jsonPath().getLong("id");
        long citation = asAnalyst().get("/api/citations?hire=" + id).jsonPath().getLong("items[0].id");
        // the lab by its name rather than its slug, and an empty role: the same record
        String same = "{\"hires\": [{\"person\": \"john-schulman\", \"toLab\": \"Anthropic\", \"kind\": \"JOINED\", \"role\": \"\","
                + " \"announcedOn\": \"2031-03-03\", \"seniority\": \"SENIOR\", \"citations\": [{\"source\": \"cnbc-karpathy-anthropic\"}]}]}";
        asAnalyst().contentType(ContentType.JSON).body(same).post("/api/import").then().statusCode(200).body("unchanged.hires", equalTo(1));
        // a further source is a difference; applied, it is cited beside the first, which stays as it was
        String more = same.replace("[{\"source\": \"cnbc-karpathy-anthropic\"}]",
                "[{\"source\": \"cnbc-karpathy-anthropic\"}, {\"source\": \"techcrunch-karpathy-anthropic\", \"note\": \"second report\"}]");
        asAnalyst().contentType(ContentType.JSON).body(more).post("/api/import").then().statusCode(422)
                .body("errors[0].message", org.hamcrest.Matchers.containsString("citations"));
        asAnalyst().contentType(ContentType.JSON).body(more).post("/api/import?onConflict=update").then().statusCode(200)
                .body("updated.hires", equalTo(1));
        assertThat(asAnalyst().get("/api/citations?hire=" + id).jsonPath().getList("items.source", String.class))
                .containsExactlyInAnyOrder("cnbc-karpathy-anthropic", "techcrunch-karpathy-anthropic");
        asAnalyst().get("/api/citations/" + citation).then().statusCode(200).body("source", equalTo("cnbc-karpathy-anthropic"));
        asAnalyst().contentType(ContentType.JSON).body(more).post("/api/import").then().statusCode(200).body("unchanged.hires", equalTo(1));
    }

    @Test
    @SendsInvalidRequests("an onConflict that is no choice")
    void anOnConflictThatIsNoChoiceIsA400() {
        asAnalyst().contentType(ContentType.JSON).body("{\"labs\": []}").post("/api/import?onConflict=merge").then().statusCode(400)
                .body("errors[0].field", equalTo("onConflict"));
    }

    @Test
    void aCsvRowWithSeveralBadCellsIsReportedWithEveryOneInWords() {
        String csv = "person,toLab,kind,announcedOn,seniority,citations\n"
                + "john-schulman,anthropic,WANDERED,someday,SENIOR,cnbc-karpathy-anthropic\n"
                + "john-schulman,anthropic,JOINED,2026-02-30,CHIEF,cnbc-karpathy-anthropic\n";
        var problem = asAnalyst().contentType("text/csv").body(csv).post("/api/import/hires").then().statusCode(422)
                .contentType("application/problem+json").extract().jsonPath();
        assertThat(problem.getList("errors.field", String.class)).contains("hires.kind", "hires.announcedOn", "hires.seniority");
        assertThat(problem.getList("errors.row", Integer.class)).containsOnly(1, 2);
        assertThat(problem.getList("errors.findAll { it.row == 1 }.field", String.class)).containsExactlyInAnyOrder("hires.kind", "hires.announcedOn");
        assertThat(problem.getList("errors.findAll { it.row == 2 }.field", String.class)).containsExactlyInAnyOrder("hires.announcedOn", "hires.seniority");
        assertThat(problem.getString("errors.message")).doesNotContain("java.", "io.labwatch", "Enum", "LocalDate");
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

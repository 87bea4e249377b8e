package io.labwatch.app.model;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A model release, the kind added with nothing but its package and a migration: it is in the API, import and export (JSON and CSV), the profile, the timeline and the lab's feed, the
 * history and time travel, with its ranges and estimate checked.
 */
@QuarkusTest
class ModelReleaseTest {

    private static final String RELEASE = """
            {"lab": "release-lab", "releasedOn": "2026-05-28", "name": "Claude Test", "modelVersion": "9",
             "modality": "MULTIMODAL", "access": "API", "parameters": 2000000000000, "parametersLow": 1500000000000,
             "parametersHigh": 2500000000000, "estimated": true, "estimateMethod": "scaling-law fit to reported benchmark scores",
             "certainty": "REPORTED", "citations": [{"source": "business20-karpathy-anthropic"}]}
            """;

    @BeforeEach
    void lab() {
        // a lab of its own, so that no other test's brief or profile sees these releases
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"release-lab\", \"name\": \"Release Lab\", \"kind\": \"AI_STARTUP\"}")
                .post("/api/labs").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
    }

    @Test
    void aModelReleaseIsAFactLikeAnyOther() {
        Instant before = Instant.now();
        int id = asAnalyst().contentType(ContentType.JSON).body(RELEASE).post("/api/model-releases").then().statusCode(201)
                .body("modelVersion", equalTo("9")).body("parametersLow", equalTo(1500000000000L))
                .body("estimateMethod", containsString("scaling-law")).extract().path("id");

        String summary = "Release Lab released Claude Test 9 (multimodal, API; about 2T (1.5T–2.5T) parameters, estimated)";
        asAnalyst().get("/api/labs/release-lab/timeline?kind=MODEL_RELEASE").then().statusCode(200)
                .body("items.summary", hasItem(summary)).body("items.find { it.factId == " + id + " }.citations[0].outlet",
                        equalTo("BUSINESS 2.0"));
        asAnalyst().get("/labs/release-lab").then().statusCode(200).body(containsString("Model releases"), containsString(summary));
        asAnalyst().get("/feeds/labs/release-lab.atom").then().statusCode(200).body(containsString("Claude Test 9"));
        // search reads the kind by what its store names (name, version, description), through its index
        asAnalyst().get("/api/search?q=Claude&kind=model-releases").then().statusCode(200)
                .body("items.title", hasItem("Claude Test 9")).body("items.kind", hasItem("model-releases"));
        asAnalyst().get("/search?q=Claude").then().statusCode(200).body(containsString("href=\"/edit/model-releases/" + id + "?back="));
        asAnalyst().get("/api/history/model-releases/" + id).then().statusCode(200).body("items.action", hasItem("CREATE"));
        asAnalyst().get("/api/labs/release-lab/timeline?kind=MODEL_RELEASE&asOf=" + before).then().statusCode(200)
                .body("items.summary", not(hasItem(summary)));
        asAnalyst().get("/edit/model-releases/" + id).then().statusCode(200).body(containsString("Claude Test"))
                // a yes-or-no field is a choice, not a text box to type "true" into
                .body(containsString("<option value=\"true\" selected>Yes</option>"));
        String brief = asAnalyst().contentType(ContentType.JSON).body("{\"audience\": \"INVESTOR\", \"labs\": [\"release-lab\"], "
                + "\"from\": \"2026-05-01\", \"to\": \"2026-05-31\", \"asOf\": \"" + java.time.LocalDate.now() + "\"}")
                .post("/api/briefs?format=md").then().statusCode(200).extract().asString();
        assertThat(brief).contains("## Other developments").contains("Release Lab released Claude Test 9");

        Map<String, Object> export = asAnalyst().get("/api/export").then().statusCode(200).extract().as(Map.class);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> releases = (List<Map<String, Object>>) export.get("modelReleases");
        assertThat(releases).anySatisfy(r -> assertThat(r).containsEntry("name", "Claude Test").containsEntry("access", "API"));

        // importing the export again changes nothing; a new row in CSV is created
        asAnalyst().contentType(ContentType.JSON).body(Map.of("modelReleases", releases)).post("/api/import").then().statusCode(200)
                .body("unchanged.modelReleases", equalTo(releases.size()));
        asAnalyst().contentType("text/csv").body("lab,releasedOn,name,modality,access,citations\n"
                        + "release-lab,2026-05-20,GPT Test,TEXT,OPEN_WEIGHTS,business20-karpathy-anthropic\n")
                .post("/api/import/modelReleases").then().statusCode(200).body("created.modelReleases", equalTo(1));
        asAnalyst().get("/api/model-releases?lab=release-lab&access=OPEN_WEIGHTS").then().statusCode(200).body("items.name", hasItem("GPT Test"));
    }

    @Test
    void rangesAreInOrderAndAnEstimateSaysHowItWasMade() {
        asAnalyst().contentType(ContentType.JSON).body("""
                {"lab": "release-lab", "releasedOn": "2026-05-01", "name": "Backwards", "modality": "TEXT", "access": "API",
                 "trainingFlopLow": 30000000000000000000000000, "trainingFlopHigh": 10000000000000000000000000, "estimated": true,
                 "citations": [{"source": "business20-karpathy-anthropic"}]}
                """).post("/api/model-releases").then().statusCode(422)
                .body("errors.field", hasItem("trainingFlopHigh")).body("errors.field", hasItem("estimateMethod"));
        asAnalyst().contentType(ContentType.JSON).body("""
                {"lab": "release-lab", "releasedOn": "2026-05-01", "name": "Uncited", "modality": "TEXT", "access": "API"}
                """).post("/api/model-releases").then().statusCode(422).body("errors.field", hasItem("citations"));
    }
}

package io.labwatch.app.model;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * Benchmark results score a released model (named as its lab, name and version), say their harness and who stands
 * behind them, and show on the lab's profile and timeline; a scored release stays.
 */
@QuarkusTest
class BenchmarkResultTest {

    private static final String CITE = "\"certainty\": \"REPORTED\", \"citations\": [{\"source\": \"business20-karpathy-anthropic\"}]";

    @Test
    void aScoreSaysItsHarnessAndWhoRanIt() {
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"bench-lab\", \"name\": \"Bench Lab\", \"kind\": \"FRONTIER_LAB\"}")
                .post("/api/labs").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        int model = asAnalyst().contentType(ContentType.JSON).body("{\"lab\": \"bench-lab\", \"releasedOn\": \"2040-03-01\", \"name\": \"Bencher\","
                + " \"modelVersion\": \"2\", \"modality\": \"TEXT\", " + CITE + "}").post("/api/model-releases").then().statusCode(201).extract().path("id");
        asAnalyst().contentType(ContentType.JSON).body("{\"lab\": \"bench-lab\", \"model\": \"bencher\", \"modelVersion\": \"2\","
                        + " \"benchmark\": \"Quokka-Bench\", \"score\": 72.50, \"scoreUnit\": \"%\", \"measuredOn\": \"2040-03-02\","
                        + " \"harness\": \"quokka-harness 1.0\", " + CITE + "}")
                .post("/api/benchmark-results").then().log().ifValidationFails().statusCode(201).body("model", equalTo("Bencher"));
        asAnalyst().contentType(ContentType.JSON).body("{\"lab\": \"bench-lab\", \"model\": \"Bencher\", \"modelVersion\": \"2\","
                        + " \"benchmark\": \"Quokka-Bench\", \"score\": 70.1, \"scoreUnit\": \"%\", \"measuredOn\": \"2040-04-01\","
                        + " \"verification\": \"THIRD_PARTY\", \"verifiedBy\": \"Wombat Evals\", " + CITE + "}")
                .post("/api/benchmark-results").then().statusCode(201);

        String own = "Bencher 2 scored 72.5% on Quokka-Bench (harness: quokka-harness 1.0; self-reported)";
        String theirs = "Bencher 2 scored 70.1% on Quokka-Bench (run by Wombat Evals)";
        asAnalyst().get("/labs/bench-lab").then().statusCode(200).body(containsString("Benchmark results"), containsString(own),
                containsString(theirs));
        asAnalyst().get("/api/labs/bench-lab/timeline?kind=BENCHMARK_RESULT").then().statusCode(200).body("items.summary", hasItem(theirs));
        asAnalyst().get("/api/benchmark-results?lab=bench-lab&verification=THIRD_PARTY").then().statusCode(200).body("total", equalTo(1));
        asAnalyst().get("/api/search?q=wombat&kind=benchmark-results").then().statusCode(200).body("items.kind", hasItem("benchmark-results"));

        // refused in words: an unknown model, a score before the release, a self-reported score naming a verifier
        asAnalyst().contentType(ContentType.JSON).body("{\"lab\": \"bench-lab\", \"model\": \"Bencher\", \"modelVersion\": \"9\","
                        + " \"benchmark\": \"Quokka-Bench\", \"score\": 1, \"measuredOn\": \"2040-05-01\", " + CITE + "}")
                .post("/api/benchmark-results").then().statusCode(422).body("errors.message", hasItem("no model release 'Bencher 9' of lab 'bench-lab'"));
        asAnalyst().contentType(ContentType.JSON).body("{\"lab\": \"bench-lab\", \"model\": \"Bencher\", \"modelVersion\": \"2\","
                        + " \"benchmark\": \"Quokka-Bench\", \"score\": 1, \"measuredOn\": \"2040-01-01\", \"verifiedBy\": \"Me\", " + CITE + "}")
                .post("/api/benchmark-results").then().statusCode(422).body("errors.field", hasItem("measuredOn"))
                .body("errors.field", hasItem("verifiedBy"));
        long version = asAnalyst().get("/api/model-releases/" + model).then().statusCode(200).extract().jsonPath().getLong("version");
        asAnalyst().header("If-Match", "\"" + version + "\"").delete("/api/model-releases/" + model).then().statusCode(409)
                .body("detail", containsString("2 benchmark results score it"));
    }
}

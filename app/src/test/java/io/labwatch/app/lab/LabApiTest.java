package io.labwatch.app.lab;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.labwatch.app.contract.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LabApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void createReadUpdateDeleteWithVersions() {
        asAnalyst().contentType(ContentType.JSON)
                .body("""
                        {"slug": "mistral-ai", "name": "Mistral AI", "kind": "FRONTIER_LAB", "headquarters": "Paris",
                         "citations": [{"source": "cnbc-karpathy-anthropic"}]}""")
                .post("/api/labs").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/labs/mistral-ai")).header("ETag", "\"0\"")
                .body("citations[0].source", equalTo("cnbc-karpathy-anthropic"));

        asAnalyst().get("/api/labs/mistral-ai").then().statusCode(200).body("headquarters", equalTo("Paris"));

        asAnalyst().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("""
                        {"slug": "mistral-ai", "name": "Mistral AI", "kind": "FRONTIER_LAB", "headquarters": "Paris, France"}""")
                .put("/api/labs/mistral-ai").then().statusCode(200).header("ETag", "\"1\"")
                .body("headquarters", equalTo("Paris, France")).body("citations[0].source", equalTo("cnbc-karpathy-anthropic"));

        asAnalyst().delete("/api/labs/mistral-ai?version=1").then().statusCode(204);
        asAnalyst().get("/api/labs/mistral-ai").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void staleUpdateIsRejectedAndChangesNothing() {
        asAnalyst().contentType(ContentType.JSON)
                .body("""
                        {"slug": "stale-lab", "name": "Stale Lab", "kind": "OTHER"}""")
                .post("/api/labs").then().statusCode(201);
        asAnalyst().contentType(ContentType.JSON)
                .body("""
                        {"slug": "stale-lab", "name": "First edit", "kind": "OTHER", "version": 0}""")
                .put("/api/labs/stale-lab").then().statusCode(200);

        asAnalyst().contentType(ContentType.JSON)
                .body("""
                        {"slug": "stale-lab", "name": "Second edit from version 0", "kind": "OTHER", "version": 0}""")
                .put("/api/labs/stale-lab").then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://labwatch.dev/problems/stale-version")).body("errors.field", hasItem("version"));
        asAnalyst().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("""
                        {"slug": "stale-lab", "name": "Third edit from version 0", "kind": "OTHER"}""")
                .put("/api/labs/stale-lab").then().statusCode(412).contentType(PROBLEM);

        asAnalyst().get("/api/labs/stale-lab").then().statusCode(200).body("name", equalTo("First edit")).body("version", equalTo(1));
    }

    @Test
    void invalidLabNamesEveryFieldAtFault() {
        asAnalyst().contentType(ContentType.JSON)
                .body("""
                        {"slug": "Not A Slug", "name": " ", "kind": "FRONTIER_LAB", "website": "ftp://example.com", "foundedYear": 99}""")
                .post("/api/labs").then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://labwatch.dev/problems/validation"))
                .body("errors.field", org.hamcrest.Matchers.hasItems("slug", "name", "website", "foundedYear"));
        asAnalyst().get("/api/labs/not-a-slug").then().statusCode(404);
    }

    @Test
    void duplicateSlugIsAConflict() {
        asAnalyst().contentType(ContentType.JSON)
                .body("""
                        {"slug": "anthropic", "name": "Another Anthropic", "kind": "FRONTIER_LAB"}""")
                .post("/api/labs").then().statusCode(409).contentType(PROBLEM)
                .body("errors[0].field", equalTo("slug"));
    }

    @Test
    @SendsInvalidRequests("malformed bodies")
    void malformedBodiesGetPreciseErrors() {
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"x\", ").post("/api/labs").then().statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("the body is not valid JSON"));
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"x\", \"name\": \"X\", \"kind\": \"SPACESHIP\"}")
                .post("/api/labs").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("kind")).body("errors[0].message", startsWith("must be one of FRONTIER_LAB"));
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"x\", \"name\": \"X\", \"kind\": \"OTHER\", \"colour\": \"red\"}")
                .post("/api/labs").then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("colour"));
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"x\", \"name\": \"X\", \"kind\": \"OTHER\", \"lastVerifiedOn\": \"yesterday\"}")
                .post("/api/labs").then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("lastVerifiedOn"));
    }

    @Test
    void deletingALabThatFactsReferToIsRefused() {
        int version = asAnalyst().get("/api/labs/anthropic").then().statusCode(200).extract().path("version");
        asAnalyst().header("If-Match", "\"" + version + "\"").delete("/api/labs/anthropic").then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://labwatch.dev/problems/in-use"))
                .body("detail", org.hamcrest.Matchers.containsString("hire"));
        asAnalyst().get("/api/labs/anthropic").then().statusCode(200);
    }
}

package io.labwatch.app.api;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;

import io.labwatch.app.contract.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * HTTP as generated clients and caches expect it: 406 for a representation the API cannot give, If-Match with "*" and
 * lists, 428 for a blind write, ETag and 304 on records and lists, Allow on 405 and OPTIONS, and a PUT that cannot move
 * a record to another key.
 */
@QuarkusTest
class HttpSemanticsTest {

    private static String lab(String slug) {
        return """
                {"slug": "%s", "name": "HTTP %s", "kind": "AI_STARTUP"}""".formatted(slug, slug);
    }

    private static long create(String slug) {
        asAnalyst().contentType(ContentType.JSON).body(lab(slug)).post("/api/labs").then().statusCode(201);
        return asAnalyst().get("/api/labs/" + slug).jsonPath().getLong("version");
    }

    @Test
    @SendsInvalidRequests("an Accept header the operation cannot answer")
    void aRepresentationTheApiCannotGiveIs406WithAProblem() {
        for (String path : new String[] {"/api/labs", "/api/labs/anthropic", "/api/hires", "/api/citations"}) {
            for (String accept : new String[] {"text/csv", "application/xml", "image/png"}) {
                Response answer = asAnalyst().accept(accept).get(path);
                assertThat(answer.statusCode()).as(path + " as " + accept).isEqualTo(406);
                assertThat(answer.asString()).doesNotContain("Record[").doesNotContain("PageBody");
            }
            assertThat(asAnalyst().accept("application/json").get(path).statusCode()).isEqualTo(200);
            assertThat(asAnalyst().accept("*/*").get(path).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void ifMatchTakesAStarAndAListAndABlindWriteIs428() {
        long version = create("http-match");
        Response star = asAnalyst().contentType(ContentType.JSON).header("If-Match", "*").body(lab("http-match").replace("HTTP", "Star"))
                .put("/api/labs/http-match");
        assertThat(star.statusCode()).as(star.asString()).isEqualTo(200);
        long now = star.jsonPath().getLong("version");
        assertThat(now).isGreaterThan(version);

        Response listed = asAnalyst().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\", \"" + now + "\"")
                .body(lab("http-match").replace("HTTP", "Listed")).put("/api/labs/http-match");
        assertThat(listed.statusCode()).as(listed.asString()).isEqualTo(200);
        Response stale = asAnalyst().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\", \"" + now + "\"")
                .body(lab("http-match")).put("/api/labs/http-match");
        assertThat(stale.statusCode()).isEqualTo(412);

        Response blind = asAnalyst().contentType(ContentType.JSON).body(lab("http-match")).put("/api/labs/http-match");
        assertThat(blind.statusCode()).isEqualTo(428);
        assertThat(blind.contentType()).startsWith("application/problem+json");
        assertThat(blind.jsonPath().getString("detail")).contains("If-Match").contains("version");
        assertThat(asAnalyst().delete("/api/labs/http-match").statusCode()).isEqualTo(428);
        assertThat(asAnalyst().contentType("application/merge-patch+json").body("{\"headquarters\": \"Oslo\"}")
                .patch("/api/labs/http-match").statusCode()).isEqualTo(428);
        assertThat(asAnalyst().header("If-Match", "*").delete("/api/labs/http-match").statusCode()).isEqualTo(204);
        assertThat(asAnalyst().header("If-Match", "*").delete("/api/labs/http-match").statusCode()).isEqualTo(404);
    }

    @Test
    void recordsAndListsAnswer304WhileUnchanged() {
        create("http-etag");
        asAnalyst().contentType(ContentType.JSON).body("""
                {"valuations": [{"lab": "http-etag", "asOf": "2034-01-01", "value": 1000000000, "basis": "ESTIMATE",
                                 "citations": [{"source": "cnbc-karpathy-anthropic"}]}]}""").post("/api/import").then().statusCode(200);
        long id = asAnalyst().get("/api/valuations?lab=http-etag").jsonPath().getLong("items[0].id");
        Response first = asAnalyst().get("/api/valuations/" + id);
        String tag = first.header("ETag");
        assertThat(tag).isNotBlank();
        assertThat(asAnalyst().header("If-None-Match", tag).get("/api/valuations/" + id).statusCode()).isEqualTo(304);

        Response list = asAnalyst().get("/api/valuations?lab=http-etag");
        String listTag = list.header("ETag");
        assertThat(listTag).startsWith("W/");
        Response unchanged = asAnalyst().header("If-None-Match", listTag).get("/api/valuations?lab=http-etag");
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.asString()).isEmpty();
        assertThat(asAnalyst().header("If-None-Match", "\"other\", " + listTag).get("/api/valuations?lab=http-etag").statusCode())
                .isEqualTo(304);

        asAnalyst().contentType("application/merge-patch+json").header("If-Match", tag).body("{\"note\": \"changed\"}")
                .patch("/api/valuations/" + id).then().statusCode(200);
        assertThat(asAnalyst().header("If-None-Match", tag).get("/api/valuations/" + id).statusCode()).isEqualTo(200);
        Response changed = asAnalyst().header("If-None-Match", listTag).get("/api/valuations?lab=http-etag");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.jsonPath().getString("items[0].note")).isEqualTo("changed");
        assertThat(asAnalyst().header("If-None-Match", "*").get("/api/valuations/" + id).statusCode()).isEqualTo(304);
    }

    @Test
    @SendsInvalidRequests("a method the record does not take, to check the 405 and its Allow")
    void aMethodARecordDoesNotTakeIs405WithAllowAndOptionsListsTheRightOnes() {
        Response options = asAnalyst().options("/api/labs/anthropic");
        assertThat(options.statusCode()).isIn(200, 204);
        assertThat(options.header("Allow")).contains("GET").contains("PUT").contains("PATCH").contains("DELETE").doesNotContain("POST");
        Response collection = asAnalyst().options("/api/labs");
        assertThat(collection.header("Allow")).contains("GET").contains("POST").doesNotContain("DELETE").doesNotContain("PUT");

        Response notAllowed = asAnalyst().contentType(ContentType.JSON).body("{}").post("/api/labs/anthropic");
        assertThat(notAllowed.statusCode()).isEqualTo(405);
        assertThat(notAllowed.header("Allow")).contains("GET").contains("PUT").doesNotContain("POST");
        assertThat(notAllowed.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aPutCannotMoveARecordToAnotherKey() {
        long version = create("http-key");
        Response moved = asAnalyst().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(lab("http-key-renamed"))
                .put("/api/labs/http-key");
        assertThat(moved.statusCode()).isEqualTo(422);
        assertThat(moved.jsonPath().getString("errors[0].field")).isEqualTo("slug");
        assertThat(moved.jsonPath().getString("errors[0].message")).contains("http-key");
        asAnalyst().get("/api/labs/http-key-renamed").then().statusCode(404);
        asAnalyst().get("/api/labs/http-key").then().statusCode(200);
    }
}

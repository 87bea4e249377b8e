package io.labwatch.app.security;

import static io.labwatch.app.TestUsers.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.labwatch.app.contract.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * API tokens made, listed and revoked through the API: a read token reads and cannot write or make tokens; a write
 * token writes as its user's role allows; a revoked one stops at once.
 */
@QuarkusTest
class TokenApiTest {

    private static Response make(String user, String name, String scope) {
        return as(user).contentType(ContentType.JSON).body("{\"name\": \"" + name + "\", \"scope\": \"" + scope + "\"}").post("/api/tokens");
    }

    private static io.restassured.specification.RequestSpecification bearer(String token) {
        return given().auth().none().header("Authorization", "Bearer " + token);
    }

    @Test
    void aReadTokenReadsButNeitherWritesNorMakesTokens() {
        Response made = make("analyst", "read-only script", "READ");
        assertThat(made.statusCode()).isEqualTo(201);
        assertThat(made.header("Cache-Control")).contains("no-store");
        String token = made.jsonPath().getString("token");
        assertThat(token).startsWith("lw_");
        assertThat(made.jsonPath().getString("record.scope")).isEqualTo("READ");
        assertThat(made.header("Location")).endsWith("/api/tokens/" + made.jsonPath().getLong("record.id"));

        assertThat(bearer(token).get("/api/labs/anthropic").statusCode()).isEqualTo(200);
        Response write = bearer(token).contentType(ContentType.JSON).body("{\"slug\": \"tok-read\", \"name\": \"Read Token Lab\", \"kind\": \"OTHER\"}")
                .post("/api/labs");
        assertThat(write.statusCode()).isEqualTo(403);
        Response escalate = bearer(token).contentType(ContentType.JSON).body("{\"name\": \"escalated\", \"scope\": \"WRITE\"}").post("/api/tokens");
        assertThat(escalate.statusCode()).isEqualTo(403);
        assertThat(escalate.jsonPath().getString("detail")).contains("read token cannot make");
        assertThat(bearer(token).get("/api/tokens").jsonPath().getList("items.name")).contains("read-only script").doesNotContain("escalated");
        assertThat(bearer(token).get("/api/tokens").asString()).doesNotContain(token);
    }

    @Test
    void aWriteTokenWritesAsItsRoleAllowsAndARevokedTokenStops() {
        Response made = make("analyst", "import job", "WRITE");
        String token = made.jsonPath().getString("token");
        long id = made.jsonPath().getLong("record.id");
        Response write = bearer(token).contentType(ContentType.JSON).body("{\"slug\": \"tok-write\", \"name\": \"Write Token Lab\", \"kind\": \"OTHER\"}")
                .post("/api/labs");
        assertThat(write.statusCode()).isEqualTo(201);

        String readers = make("reader", "reader's writer", "WRITE").jsonPath().getString("token");
        assertThat(bearer(readers).contentType(ContentType.JSON).body("{\"slug\": \"tok-reader\", \"name\": \"Reader Lab\", \"kind\": \"OTHER\"}")
                .post("/api/labs").statusCode()).as("a write token does not raise its user's role").isEqualTo(403);
        assertThat(as("reader").delete("/api/tokens/" + id).statusCode()).as("another user's token").isEqualTo(404);

        assertThat(as("analyst").delete("/api/tokens/" + id).statusCode()).isEqualTo(204);
        assertThat(bearer(token).get("/api/labs/anthropic").statusCode()).isEqualTo(401);
        assertThat(as("analyst").get("/api/tokens").jsonPath().getString("items.find { it.id == " + id + " }.revokedAt")).isNotNull();
    }

    @Test
    @SendsInvalidRequests("a token request without a name and with an unknown scope")
    void aTokenWithoutANameOrScopeIsRefusedNamingBoth() {
        Response refused = as("reader").contentType(ContentType.JSON).body("{\"name\": \"\", \"scope\": \"admin\"}").post("/api/tokens");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.jsonPath().getList("errors.field")).containsExactlyInAnyOrder("name", "scope");
    }
}

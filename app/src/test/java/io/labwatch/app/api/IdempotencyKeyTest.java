package io.labwatch.app.api;

import static io.labwatch.app.TestUsers.asAdmin;
import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A POST retried with its Idempotency-Key gets the first answer and writes nothing twice. */
@QuarkusTest
class IdempotencyKeyTest {

    private static final String LAB = """
            {"slug": "idem-lab", "name": "Idempotent Lab", "kind": "AI_STARTUP"}""";

    private static Response post(String key, String body) {
        return asAnalyst().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/api/labs");
    }

    @Test
    void aRetriedPostGetsTheFirstAnswerAndADifferentBodyWithTheSameKeyIs422() {
        String key = UUID.randomUUID().toString();
        Response first = post(key, LAB);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();

        Response again = post(key, LAB);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(again.contentType()).startsWith("application/json");
        // without the key, the same POST is a second create: the name is taken
        assertThat(asAnalyst().contentType(ContentType.JSON).body(LAB).post("/api/labs").statusCode()).isEqualTo(409);

        Response reused = post(key, LAB.replace("Idempotent Lab", "Another Lab"));
        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(reused.contentType()).startsWith("application/problem+json");
        assertThat(reused.jsonPath().getString("detail")).contains("different request");
        assertThat(asAnalyst().get("/api/labs/idem-lab").jsonPath().getString("name")).isEqualTo("Idempotent Lab");
    }

    @Test
    void anAnswerThatRefusedIsRepeatedAndKeysBelongToTheirCaller() {
        String key = UUID.randomUUID().toString();
        String invalid = """
                {"slug": "idem-bad", "name": "", "kind": "AI_STARTUP"}""";
        Response refused = post(key, invalid);
        assertThat(refused.statusCode()).isEqualTo(422);
        Response repeated = post(key, invalid);
        assertThat(repeated.statusCode()).isEqualTo(422);
        assertThat(repeated.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(repeated.asString()).isEqualTo(refused.asString());

        String other = """
                {"slug": "idem-admin", "name": "Admin's Idempotent Lab", "kind": "AI_STARTUP"}""";
        Response admins = asAdmin().contentType(ContentType.JSON).header("Idempotency-Key", key).body(other).post("/api/labs");
        assertThat(admins.statusCode()).as("another caller's key").isEqualTo(201);
        assertThat(admins.header("Idempotent-Replayed")).isNull();

        assertThat(post("", LAB).statusCode()).isEqualTo(400);
        assertThat(post("x".repeat(201), LAB).statusCode()).isEqualTo(400);
    }
}

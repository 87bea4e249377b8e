package io.labwatch.app.http;

import static io.labwatch.app.TestUsers.asReader;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where an operator allows an origin, browsers there may call the API and read its headers; other origins may not. */
@QuarkusTest
@TestProfile(CorsTest.OneOrigin.class)
class CorsTest {

    public static class OneOrigin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.enabled", "true", "quarkus.http.cors.origins", "https://dashboard.example");
        }
    }

    @Test
    void theAllowedOriginMayCallAndReadTheHeadersAndOthersMayNot() {
        Response preflight = given().header("Origin", "https://dashboard.example").header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "If-Match, Idempotency-Key").options("/api/labs/anthropic");
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("https://dashboard.example");
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("PUT");
        assertThat(preflight.header("Access-Control-Allow-Headers")).containsIgnoringCase("If-Match").containsIgnoringCase("Idempotency-Key");

        Response read = asReader().header("Origin", "https://dashboard.example").get("/api/labs/anthropic");
        assertThat(read.header("Access-Control-Allow-Origin")).isEqualTo("https://dashboard.example");
        assertThat(read.header("Access-Control-Expose-Headers")).contains("ETag").contains("X-Request-Id");

        Response other = asReader().header("Origin", "https://evil.example").get("/api/labs/anthropic");
        assertThat(other.header("Access-Control-Allow-Origin")).isNull();
    }
}

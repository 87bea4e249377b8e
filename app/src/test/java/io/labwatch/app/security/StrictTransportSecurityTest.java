package io.labwatch.app.security;

import static io.labwatch.app.TestUsers.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Served over HTTPS, every response tells the browser to use HTTPS only, for a year: pages, API answers, refusals,
 * redirects to the sign-in form and health probes alike (a response without it is one an attacker can strip TLS
 * from).
 */
@QuarkusTest
@TestProfile(HttpsProfile.class)
class StrictTransportSecurityTest {

    @Test
    void everyResponseCarriesHsts() {
        List<Response> answers = List.of(
                as("reader").get("/labs"),
                as("reader").get("/api/labs"),
                given().get("/api/labs"),
                given().redirects().follow(false).get("/labs"),
                given().get("/login"),
                given().get("/q/health/ready"),
                as("reader").get("/q/metrics"),
                as("reader").get("/no-such-page"),
                given().header("Host", "evil.example/x").get("/login"));
        assertThat(answers).extracting(Response::statusCode).containsExactly(200, 200, 401, 302, 200, 200, 403, 404, 400);
        assertThat(answers).allSatisfy(answer -> assertThat(answer.header("Strict-Transport-Security")).isEqualTo("max-age=31536000"));
    }
}

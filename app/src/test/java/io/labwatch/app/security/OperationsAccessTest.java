package io.labwatch.app.security;

import static io.labwatch.app.TestUsers.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Metrics are for admins (they tell how Labwatch is used and built); health stays open to probes; plain HTTP gets no
 * HSTS, which would lock browsers out of a site without TLS (StrictTransportSecurityTest covers HTTPS).
 */
@QuarkusTest
class OperationsAccessTest {

    @Test
    void metricsAreForAdminsOnly() {
        given().get("/q/metrics").then().statusCode(401);
        as("reader").get("/q/metrics").then().statusCode(403);
        as("analyst").get("/q/metrics").then().statusCode(403);
        as("admin").get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }

    @Test
    void healthStaysPublic() {
        given().get("/q/health").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void plainHttpGetsNoHsts() {
        assertThat(given().get("/login").header("Strict-Transport-Security")).isNull();
        assertThat(as("reader").get("/labs").header("Strict-Transport-Security")).isNull();
    }
}

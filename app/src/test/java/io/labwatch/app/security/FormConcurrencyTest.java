package io.labwatch.app.security;

import static io.labwatch.app.TestUsers.as;
import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.labwatch.app.contract.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Concurrent edits through the web form from one version: one saves, the others see the conflict page. */
@QuarkusTest
class FormConcurrencyTest {

    @Test
    void concurrentFormEditsFromOneVersionYieldOneSaveAndConflictPagesForTheRest() throws Exception {
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"form-race-lab\", \"name\": \"Form Race Lab\", \"kind\": \"OTHER\"}")
                .post("/api/labs").then().statusCode(201);
        Response form = as("analyst").get("/edit/labs/form-race-lab");
        String token = form.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        String cookie = form.cookie("csrf-token");

        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Response>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String name = "Form Race " + i;
            results.add(pool.submit(() -> {
                start.await();
                return as("analyst").redirects().follow(false).cookie("csrf-token", cookie).contentType(ContentType.URLENC)
                        .formParam("csrf-token", token).formParam("version", "0").formParam("slug", "form-race-lab")
                        .formParam("name", name).formParam("kind", "OTHER").formParam("status", "ACTIVE")
                        .post("/edit/labs/form-race-lab");
            }));
        }
        start.countDown();
        int saved = 0;
        int conflicts = 0;
        for (Future<Response> f : results) {
            Response r = f.get();
            if (r.statusCode() == 303) {
                saved++;
            } else {
                assertThat(r.statusCode()).isEqualTo(409);
                assertThat(r.asString()).contains("Someone else saved this lab");
                conflicts++;
            }
        }
        pool.shutdown();
        assertThat(saved).isEqualTo(1);
        assertThat(conflicts).isEqualTo(writers - 1);
        asAnalyst().get("/api/labs/form-race-lab").then().body("version", equalTo(1));
    }

    @Test
    @SendsInvalidRequests("a body that is not UTF-8")
    void invalidUtf8IsAMalformedRequest() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes("{\"slug\": \"bad-bytes\", \"name\": \"".getBytes(StandardCharsets.UTF_8));
        out.write(0xC3);
        out.write(0x28);
        out.writeBytes("\", \"kind\": \"OTHER\"}".getBytes(StandardCharsets.UTF_8));
        byte[] body = out.toByteArray();
        asAnalyst().contentType("application/json; charset=UTF-8").body(body).post("/api/labs").then().statusCode(400)
                .contentType("application/problem+json");
        asAnalyst().get("/api/labs/bad-bytes").then().statusCode(404);
    }
}

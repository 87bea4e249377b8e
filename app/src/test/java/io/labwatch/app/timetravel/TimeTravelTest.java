package io.labwatch.app.timetravel;

import static io.labwatch.app.TestUsers.asAnalyst;
import static io.labwatch.app.TestUsers.asReader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Profiles, timelines and briefs "as known on" a past moment show what Labwatch said then, before later corrections. */
@QuarkusTest
class TimeTravelTest {

    @Test
    void profileAndTimelineAsOfAMomentShowTheValueBeforeACorrectionAndAFactSinceDeleted() throws InterruptedException {
        asAnalyst().contentType(ContentType.JSON).body("""
                {"slug": "tt-lab", "name": "Time Travel Lab", "kind": "AI_STARTUP"}""").post("/api/labs").then().log().ifValidationFails()
                .statusCode(201);
        long round = asAnalyst().contentType(ContentType.JSON).body("""
                {"lab": "tt-lab", "name": "Seed", "announcedOn": "2026-03-02", "amountRaised": 40000000, "certainty": "REPORTED",
                 "citations": [{"source": "cnbc-karpathy-anthropic"}]}""").post("/api/funding-rounds").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long hire = asAnalyst().contentType(ContentType.JSON).body("""
                {"person": "ross-nordeen", "toLab": "tt-lab", "kind": "JOINED", "announcedOn": "2026-03-05", "role": "Advisor", "seniority": "SENIOR",
                 "citations": [{"source": "cnbc-karpathy-anthropic"}]}""").post("/api/hires").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Thread.sleep(20);
        Instant beforeCorrection = Instant.now();
        Thread.sleep(20);
        asAnalyst().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"amountRaised\": 45000000}")
                .patch("/api/funding-rounds/" + round).then().statusCode(200);
        asAnalyst().header("If-Match", "\"0\"").delete("/api/hires/" + hire).then().statusCode(204);

        // warm the statements (the driver prepares them on the server after a few uses): the past must still be read
        for (int i = 0; i < 6; i++) {
            asReader().get("/labs/tt-lab").then().statusCode(200).body(containsString("$45M"));
        }
        asReader().get("/labs/tt-lab?asOf=" + beforeCorrection).then().statusCode(200)
                .body(containsString("As known on " + beforeCorrection), containsString("$40M"), not(containsString("$45M")),
                        containsString("Ross Nordeen"));
        asReader().get("/labs/tt-lab").then().statusCode(200)
                .body(containsString("$45M"), not(containsString("$40M")), not(containsString("Ross Nordeen")), not(containsString("As known on")));

        JsonPath then = asReader().get("/api/labs/tt-lab/timeline?asOf=" + beforeCorrection).then().statusCode(200).extract().jsonPath();
        assertThat(then.getList("items.summary", String.class)).anySatisfy(s -> assertThat(s).contains("$40M"))
                .anySatisfy(s -> assertThat(s).contains("Ross Nordeen"));
        JsonPath now = asReader().get("/api/labs/tt-lab/timeline").then().statusCode(200).extract().jsonPath();
        assertThat(now.getList("items.summary", String.class)).anySatisfy(s -> assertThat(s).contains("$45M"))
                .noneSatisfy(s -> assertThat(s).contains("Ross Nordeen"));

        // the lab's fortnight, so that facts other tests dated later do not push it off the page
        asReader().get("/timeline?from=2026-03-01&to=2026-03-14&asOf=" + beforeCorrection).then().statusCode(200)
                .body(containsString("As known on " + beforeCorrection), containsString("Time Travel Lab"), not(containsString("$45M")));

        // before the lab was recorded there is no such profile
        asReader().get("/labs/tt-lab?asOf=2026-01-01").then().statusCode(404);
        asReader().get("/api/labs/tt-lab/timeline?asOf=last-tuesday").then().statusCode(400)
                .body("errors.field", hasItem("asOf"));
    }

    @Test
    void briefAsOfYesterdayShowsTheFigureBeforeTodaysCorrection() {
        JsonPath metric = asReader().get("/api/financial-metrics?lab=anthropic").then().statusCode(200).extract().jsonPath();
        long id = metric.getLong("items[0].id");
        long version = metric.getLong("items[0].version");
        String request = """
                {"audience": "INVESTOR", "labs": ["anthropic"], "from": "2026-01-01", "to": "2026-12-31", "asOf": "%s"}""";
        asAnalyst().contentType("application/merge-patch+json").header("If-Match", "\"" + version + "\"").body("{\"value\": 11400000000}")
                .patch("/api/financial-metrics/" + id).then().statusCode(200);
        try {
            String yesterday = asReader().contentType(ContentType.JSON).accept("text/markdown")
                    .body(request.formatted(LocalDate.now().minusDays(1))).post("/api/briefs").then().statusCode(200).extract().asString();
            String today = asReader().contentType(ContentType.JSON).accept("text/markdown")
                    .body(request.formatted(LocalDate.now())).post("/api/briefs").then().statusCode(200).extract().asString();
            assertThat(yesterday).contains("revenue of $10.9B").doesNotContain("$11.4B");
            assertThat(today).contains("revenue of $11.4B").doesNotContain("revenue of $10.9B");
        } finally {
            asAnalyst().contentType("application/merge-patch+json").header("If-Match", "\"" + (version + 1) + "\"")
                    .body("{\"value\": 10900000000}").patch("/api/financial-metrics/" + id).then().statusCode(200)
                    .body("value", equalTo(10900000000L));
        }
    }
}

package io.labwatch.app.feed;

import static io.labwatch.app.TestUsers.as;
import static io.labwatch.app.TestUsers.asAnalyst;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The work queue lists stale profiles and rumoured sources; marking a profile verified takes it off the queue. */
@QuarkusTest
class FreshnessTest {

    @Test
    void staleProfilesAndRumouredSourcesAreQueuedAndVerifyingClearsThem() {
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"fresh-lab\", \"name\": \"Fresh Lab\", \"kind\": \"OTHER\"}")
                .post("/api/labs").then().statusCode(201);
        asAnalyst().contentType(ContentType.JSON).body("""
                {"lab": "fresh-lab", "name": "Whispered round", "announcedOn": "2026-06-01", "certainty": "RUMOURED",
                 "citations": [{"source": "techrepublic-karpathy-anthropic"}]}""").post("/api/funding-rounds").then().statusCode(201);

        Response page = as("analyst").get("/freshness");
        page.then().statusCode(200).body(containsString("Fresh Lab"))
                .body(containsString("TechRepublic: OpenAI Co-Founder Andrej Karpathy Joins Anthropic in AI Research Shakeup"));
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");

        as("analyst").redirects().follow(false).cookie("csrf-token", page.cookie("csrf-token")).contentType(ContentType.URLENC)
                .formParam("csrf-token", token).formParam("version", "0").post("/freshness/labs/fresh-lab/verify").then().statusCode(303);
        asAnalyst().get("/api/labs/fresh-lab").then().body("lastVerifiedOn", equalTo(LocalDate.now().toString()));
        as("analyst").get("/freshness").then().body(not(containsString(">Fresh Lab<")));
    }
}

package io.labwatch.app.fact;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A fact superseded, denied or retracted: it leaves the current views (lists, profile, labs list, briefs, person page)
 * and stays on its timeline struck through, in its feed marked, in search marked, in the history and in time travel as
 * it was; the rules (a reason, a successor, no circle) answer 422 naming the field. Dated 2031 on a lab of its own, so
 * that no other test sees these facts.
 */
@QuarkusTest
class FactLifecycleTest {

    private static final String SOURCE = "[{\"source\": \"business20-karpathy-anthropic\"}]";

    @BeforeEach
    void lab() {
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"lifecycle-lab\", \"name\": \"Lifecycle Lab\", \"kind\": \"AI_STARTUP\"}")
                .post("/api/labs").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
    }

    private static int create(String path, String json) {
        return asAnalyst().contentType(ContentType.JSON).body(json).post(path).then().log().ifValidationFails().statusCode(201).extract().path("id");
    }

    /** A merge patch with the version last read. */
    private static io.restassured.response.ValidatableResponse patch(String path, String json) {
        String version = asAnalyst().get(path).then().statusCode(200).extract().header("ETag");
        return asAnalyst().contentType("application/merge-patch+json").header("If-Match", version).body(json).patch(path).then()
                .log().ifValidationFails();
    }

    @Test
    void aFactSetAsideLeavesTheCurrentViewsAndStaysOnItsTimeline() {
        String name = "Series Q " + System.nanoTime();
        int round = create("/api/funding-rounds", "{\"lab\": \"lifecycle-lab\", \"name\": \"" + name + "\", \"announcedOn\": \"2031-03-02\","
                + " \"amountRaised\": 7000000000, \"postMoneyValuation\": 70000000000, \"citations\": " + SOURCE + "}");
        int talks = create("/api/valuations", "{\"lab\": \"lifecycle-lab\", \"asOf\": \"2031-03-01\", \"value\": 90000000000,"
                + " \"basis\": \"REPORTED_TALKS\", \"certainty\": \"RUMOURED\", \"citations\": " + SOURCE + "}");
        int closed = create("/api/valuations", "{\"lab\": \"lifecycle-lab\", \"asOf\": \"2031-04-01\", \"value\": 80000000000,"
                + " \"basis\": \"PRIMARY_ROUND\", \"certainty\": \"CONFIRMED\", \"citations\": " + SOURCE + "}");
        asAnalyst().get("/labs/lifecycle-lab").then().statusCode(200).body(containsString(name));
        Instant before = Instant.now();

        // the rules, each naming its field
        patch("/api/funding-rounds/" + round, "{\"status\": \"DENIED\"}").statusCode(422)
                .body("errors.find { it.field == 'statusReason' }.message", containsString("is required for a denied fact"));
        patch("/api/valuations/" + talks, "{\"status\": \"SUPERSEDED\"}").statusCode(422)
                .body("errors.find { it.field == 'supersededBy' }.message", containsString("is required for a superseded fact"));
        patch("/api/valuations/" + talks, "{\"supersededBy\": \"valuations/" + closed + "\"}").statusCode(422)
                .body("errors.find { it.field == 'supersededBy' }.message", containsString("only when the status is SUPERSEDED"));
        patch("/api/valuations/" + talks, "{\"status\": \"SUPERSEDED\", \"supersededBy\": \"valuations/" + talks + "\"}").statusCode(422)
                .body("errors.find { it.field == 'supersededBy' }.message", containsString("cannot be the fact itself"));
        patch("/api/valuations/" + talks, "{\"status\": \"SUPERSEDED\", \"supersededBy\": \"hires/999999999\"}").statusCode(422)
                .body("errors.find { it.field == 'supersededBy' }.message", containsString("no talent move with id 999999999"));

        // the talks are superseded by the closed round's mark; the round itself is denied
        patch("/api/valuations/" + talks, "{\"status\": \"SUPERSEDED\", \"supersededBy\": \"valuations/" + closed + "\"}").statusCode(200)
                .body("status", equalTo("SUPERSEDED")).body("supersededBy", equalTo("valuations/" + closed));
        patch("/api/funding-rounds/" + round, "{\"status\": \"DENIED\", \"statusReason\": \"The lab's CFO denied the round on 5 March\"}")
                .statusCode(200).body("status", equalTo("DENIED")).body("statusReason", containsString("CFO"));
        // back to current, and then the history brings the supersession back, link and all
        patch("/api/valuations/" + talks, "{\"status\": \"CURRENT\", \"supersededBy\": null}").statusCode(200).body("supersededBy", nullValue());
        int undo = asAnalyst().get("/api/history/valuations/" + talks).then().statusCode(200).extract().path("items[0].id");
        String version = asAnalyst().get("/api/valuations/" + talks).then().extract().path("version").toString();
        asAnalyst().contentType(ContentType.JSON).post("/api/history/valuations/" + talks + "/" + undo + "/restore?version=" + version).then()
                .statusCode(200).body("status", equalTo("SUPERSEDED")).body("supersededBy", equalTo("valuations/" + closed));
        // the successor cannot be deleted while the talks name it
        asAnalyst().header("If-Match", asAnalyst().get("/api/valuations/" + closed).then().extract().header("ETag"))
                .delete("/api/valuations/" + closed).then().statusCode(409).body("detail", containsString("superseded"));
        // and a circle is refused
        patch("/api/valuations/" + closed, "{\"status\": \"SUPERSEDED\", \"supersededBy\": \"valuations/" + talks + "\"}").statusCode(422)
                .body("errors.find { it.field == 'supersededBy' }.message", containsString("circle"));

        // lists are current views: the others only when asked for
        asAnalyst().get("/api/funding-rounds?lab=lifecycle-lab").then().statusCode(200).body("items.name", not(hasItem(name)));
        asAnalyst().get("/api/funding-rounds?lab=lifecycle-lab&status=denied").then().statusCode(200).body("items.name", hasItem(name));
        asAnalyst().get("/api/funding-rounds?lab=lifecycle-lab&status=all").then().statusCode(200).body("items.name", hasItem(name));
        asAnalyst().get("/api/valuations?lab=lifecycle-lab").then().statusCode(200).body("items.id", not(hasItem(talks)))
                .body("items.id", hasItem(closed));
        asAnalyst().get("/api/valuations?lab=lifecycle-lab&status=denied,gone").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));

        // the profile, the labs list and a brief leave them out
        asAnalyst().get("/labs/lifecycle-lab").then().statusCode(200).body(not(containsString(name))).body(not(containsString("$90B")))
                .body(containsString("$80B"));
        asAnalyst().get("/labs?q=Lifecycle").then().statusCode(200).body(not(containsString("$7B")));
        String brief = asAnalyst().contentType(ContentType.JSON).body("{\"audience\": \"INVESTOR\", \"labs\": [\"lifecycle-lab\"], "
                + "\"from\": \"2031-01-01\", \"to\": \"2031-12-31\", \"asOf\": \"" + LocalDate.now() + "\"}")
                .post("/api/briefs?format=md").then().statusCode(200).extract().asString();
        assertThat(brief).doesNotContain(name).doesNotContain("$90B").contains("$80B");

        // the timeline keeps them, with the link both ways; the page strikes them through; the feed marks them
        asAnalyst().get("/api/labs/lifecycle-lab/timeline").then().statusCode(200)
                .body("items.find { it.factId == " + round + " }.status", equalTo("DENIED"))
                .body("items.find { it.factId == " + round + " }.statusReason", containsString("CFO"))
                .body("items.find { it.factId == " + talks + " }.supersededBy", equalTo("valuations/" + closed))
                .body("items.find { it.factId == " + closed + " }.supersedes", equalTo(List.of("valuations/" + talks)))
                .body("items.find { it.factId == " + closed + " }.status", equalTo("CURRENT"));
        asAnalyst().get("/timeline?from=2031-03-01&to=2031-03-31").then().statusCode(200)
                .body(containsString("<del>Lifecycle Lab raised"), containsString("<strong class=\"fact-status\">denied</strong>: The lab&#39;s CFO"))
                .body(containsString("(by <a href=\"/history/valuations/" + closed + "\">"));
        asAnalyst().get("/feeds/labs/lifecycle-lab.atom").then().statusCode(200).body(containsString("Denied: Lifecycle Lab raised"));

        // the history has the change, and time travel shows the facts as they stood
        asAnalyst().get("/api/history/funding-rounds/" + round).then().statusCode(200)
                .body("items.find { it.action == 'UPDATE' }.after.status", equalTo("DENIED"));
        asAnalyst().get("/api/labs/lifecycle-lab/timeline?asOf=" + before).then().statusCode(200)
                .body("items.find { it.factId == " + round + " }.status", equalTo("CURRENT"));
        asAnalyst().get("/labs/lifecycle-lab?asOf=" + before).then().statusCode(200).body(containsString(name));

        // the edit form offers the status; back to current, the reason goes (the history keeps it)
        asAnalyst().get("/edit/funding-rounds/" + round).then().statusCode(200).body(containsString("name=\"status\""),
                containsString("name=\"statusReason\""), containsString("name=\"supersededBy\""),
                // and says what the lifecycle and range fields take, tied to their inputs for screen readers
                containsString("aria-describedby=\"hint-supersededBy\""), containsString("e.g. valuations/12"),
                containsString("<p class=\"hint\" id=\"hint-postMoneyValuationLow\">The lower end, where the post money valuation is known only"));
        patch("/api/funding-rounds/" + round, "{\"status\": \"CURRENT\"}").statusCode(200).body("statusReason", nullValue());
        asAnalyst().get("/labs/lifecycle-lab").then().statusCode(200).body(containsString(name));
    }

    @Test
    void aMoveSetAsideIsMarkedInSearchAndLeavesThePersonsPage() {
        String role = "Quokkologist" + (System.nanoTime() % 100000);
        String person = "lifecycle-person-" + System.nanoTime();
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"" + person + "\", \"name\": \"Lee Cycle\"}").post("/api/people")
                .then().statusCode(201);
        int move = create("/api/hires", "{\"person\": \"" + person + "\", \"toLab\": \"lifecycle-lab\", \"kind\": \"JOINED\", \"seniority\": \"SENIOR\", \"role\": \"" + role
                + "\", \"announcedOn\": \"2031-05-04\", \"citations\": " + SOURCE + "}");
        asAnalyst().get("/people/" + person).then().statusCode(200).body(containsString(role));
        patch("/api/hires/" + move, "{\"status\": \"RETRACTED\", \"statusReason\": \"The outlet withdrew the story\"}").statusCode(200);
        asAnalyst().get("/people/" + person).then().statusCode(200).body(not(containsString(role)));
        asAnalyst().get("/api/search?q=" + role).then().statusCode(200).body("items.title", hasItem("Lee Cycle → Lifecycle Lab (retracted)"));
    }

    @Test
    void anImportCarriesTheLifecycle() {
        asAnalyst().contentType("text/csv").body("lab,asOf,value,basis,status,statusReason,citations\n"
                        + "lifecycle-lab,2031-06-01,55000000000,ESTIMATE,RETRACTED,The estimate was withdrawn,business20-karpathy-anthropic\n")
                .post("/api/import/valuations").then().statusCode(200).body("created.valuations", equalTo(1));
        asAnalyst().get("/api/valuations?lab=lifecycle-lab&status=retracted").then().statusCode(200)
                .body("items.statusReason", hasItem("The estimate was withdrawn"));
        Map<String, Object> rejected = asAnalyst().contentType(ContentType.JSON)
                .body("{\"valuations\": [{\"lab\": \"lifecycle-lab\", \"asOf\": \"2031-06-02\", \"value\": 1000000000, \"basis\": \"ESTIMATE\","
                        + " \"status\": \"DENIED\", \"citations\": " + SOURCE + "}]}")
                .post("/api/import").then().statusCode(422).extract().as(Map.class);
        assertThat(rejected.toString()).contains("statusReason");
    }
}

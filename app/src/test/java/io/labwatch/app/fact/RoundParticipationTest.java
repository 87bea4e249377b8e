package io.labwatch.app.fact;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * Investors are organisations: each participation in a round is a cited fact of the investor and of the lab that
 * raised, on the round's date (and follows it when the round's date is corrected); the round stays while they name it.
 */
@QuarkusTest
class RoundParticipationTest {

    private static final String CITE = "\"certainty\": \"REPORTED\", \"citations\": [{\"source\": \"business20-900b-round\"}]";

    private static void lab(String slug, String name, String kind) {
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"" + slug + "\", \"name\": \"" + name + "\", \"kind\": \"" + kind + "\"}")
                .post("/api/labs").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
    }

    @Test
    void anInvestorsProfileListsWhatItBacks() {
        lab("backed-lab", "Backed Lab", "AI_STARTUP");
        lab("quokka-ventures", "Quokka Ventures", "INVESTOR");
        lab("wombat-capital", "Wombat Capital", "INVESTOR");
        int round = asAnalyst().contentType(ContentType.JSON).body("{\"lab\": \"backed-lab\", \"name\": \"Series Q\", \"announcedOn\": \"2041-05-02\","
                + " \"amountRaised\": 2000000000, " + CITE + "}").post("/api/funding-rounds").then().statusCode(201).extract().path("id");
        asAnalyst().contentType(ContentType.JSON).body("{\"lab\": \"backed-lab\", \"round\": \"Series Q\", \"investor\": \"quokka-ventures\","
                        + " \"role\": \"LEAD\", \"amount\": 500000000, " + CITE + "}")
                .post("/api/round-participations").then().log().ifValidationFails().statusCode(201);
        asAnalyst().contentType(ContentType.JSON).body("{\"lab\": \"backed-lab\", \"round\": \"Series Q\", \"investor\": \"wombat-capital\", " + CITE + "}")
                .post("/api/round-participations").then().statusCode(201);

        asAnalyst().get("/labs/quokka-ventures").then().statusCode(200).body(containsString("Round participations"),
                containsString("Quokka Ventures led Backed Lab&#39;s Series Q (with $500M)"));
        asAnalyst().get("/api/labs/backed-lab/timeline?kind=ROUND_PARTICIPATION").then().statusCode(200)
                .body("items.summary", hasItem("Wombat Capital took part in Backed Lab's Series Q"));
        asAnalyst().get("/api/round-participations?investor=quokka-ventures&role=LEAD").then().statusCode(200).body("total", equalTo(1));

        // a corrected round date carries to its participations
        long version = asAnalyst().get("/api/funding-rounds/" + round).then().extract().jsonPath().getLong("version");
        asAnalyst().contentType("application/merge-patch+json").header("If-Match", "\"" + version + "\"").body("{\"announcedOn\": \"2041-06-01\"}")
                .patch("/api/funding-rounds/" + round).then().statusCode(200);
        asAnalyst().get("/api/labs/quokka-ventures/timeline?kind=ROUND_PARTICIPATION").then().statusCode(200)
                .body("items[0].occurredOn", equalTo("2041-06-01"));

        // refused in words: more than the round raised, the lab itself, an unknown round; the round stays while named
        asAnalyst().contentType(ContentType.JSON).body("{\"lab\": \"backed-lab\", \"round\": \"Series Q\", \"investor\": \"backed-lab\","
                        + " \"amount\": 3000000000, " + CITE + "}").post("/api/round-participations").then().statusCode(422)
                .body("errors.field", hasItem("investor")).body("errors.message", hasItem("must not exceed the round's amount raised ($2B)"));
        asAnalyst().contentType(ContentType.JSON).body("{\"lab\": \"backed-lab\", \"round\": \"Series Z\", \"investor\": \"wombat-capital\", " + CITE + "}")
                .post("/api/round-participations").then().statusCode(422).body("errors.message", hasItem("no round 'Series Z' of lab 'backed-lab'"));
        long now = asAnalyst().get("/api/funding-rounds/" + round).then().extract().jsonPath().getLong("version");
        asAnalyst().header("If-Match", "\"" + now + "\"").delete("/api/funding-rounds/" + round).then().statusCode(409)
                .body("detail", containsString("2 investors' participations name it"));
    }
}

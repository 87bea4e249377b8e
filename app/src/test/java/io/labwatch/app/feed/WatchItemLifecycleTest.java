package io.labwatch.app.feed;

import static io.labwatch.app.TestUsers.asAnalyst;
import static io.labwatch.app.TestUsers.asReader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.labwatch.domain.watch.WatchScorecard;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A watch item is resolved by linking the fact that answered it, or expires; the scorecard counts them per lab and quarter. */
@QuarkusTest
class WatchItemLifecycleTest {

    @Inject
    WatchScorecard scorecard;

    @Test
    void itemsAreResolvedByALinkedFactOrExpireAndTheScorecardCountsThem() {
        asAnalyst().contentType(ContentType.JSON).body("""
                {"slug": "score-lab", "name": "Score Lab", "kind": "AI_STARTUP"}""").post("/api/labs").then().statusCode(201);
        long hire = asAnalyst().contentType(ContentType.JSON).body("""
                {"person": "chris-rohlf", "toLab": "score-lab", "kind": "JOINED", "announcedOn": "2026-08-03", "seniority": "SENIOR",
                 "citations": [{"source": "cnbc-karpathy-anthropic"}]}""").post("/api/hires").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long first = item("Follow-on hires", "2026-07-01", "2026-09-30");
        long second = item("Product cadence", "2026-07-15", "2026-08-31");
        item("Publications", "2026-10-02", "2026-10-31");

        asAnalyst().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"resolvedBy\": \"hires/" + hire + "\", \"status\": \"OPEN\"}").patch("/api/watch-items/" + first).then()
                .statusCode(422).body("errors.field", hasItem("resolvedBy"));
        asAnalyst().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"resolvedBy\": \"hires/999999999\", \"status\": \"RESOLVED\", \"resolvedOn\": \"2026-08-03\"}")
                .patch("/api/watch-items/" + first).then().statusCode(422).body("errors.field", hasItem("resolvedBy"));
        asAnalyst().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"resolvedBy\": \"hires/" + hire + "\", \"status\": \"RESOLVED\", \"resolvedOn\": \"2026-08-03\"}")
                .patch("/api/watch-items/" + first).then().statusCode(200).body("resolvedBy", equalTo("hires/" + hire));
        asAnalyst().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"status\": \"EXPIRED\", \"resolvedOn\": \"2026-09-01\"}").patch("/api/watch-items/" + second).then().statusCode(200);

        assertThat(scorecard.lines(LocalDate.parse("2026-11-24")).stream().filter(l -> "score-lab".equals(l.labSlug())))
                .extracting(l -> l.quarter() + " open " + l.open() + " overdue " + l.overdue() + " resolved " + l.resolved() + " by fact "
                        + l.resolvedByFact() + " expired " + l.expired())
                .containsExactly("2026-Q3 open 0 overdue 0 resolved 1 by fact 1 expired 1",
                        "2026-Q4 open 1 overdue 1 resolved 0 by fact 0 expired 0",
                        "null open 1 overdue 1 resolved 1 by fact 1 expired 1");
        asReader().get("/scorecard").then().statusCode(200).body(containsString("Score Lab"), containsString("2026-Q3"));
    }

    private static long item(String question, String raisedOn, String dueBy) {
        return asAnalyst().contentType(ContentType.JSON).body("{\"lab\": \"score-lab\", \"question\": \"" + question + "\", \"raisedOn\": \""
                + raisedOn + "\", \"dueBy\": \"" + dueBy + "\"}").post("/api/watch-items").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}

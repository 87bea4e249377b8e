package io.labwatch.app.governance;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A board seat, a kind added as one package and a migration (the seed names none: a test fixture): the person's page
 * shows the positions they held over time, the organisation's profile and timeline show them too, and the rules of a
 * seat are refused in words.
 */
@QuarkusTest
class BoardSeatTest {

    private static final String CITE = "\"certainty\": \"CONFIRMED\", \"citations\": [{\"source\": \"business20-karpathy-anthropic\"}]";

    @BeforeEach
    void parties() {
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"seat-lab\", \"name\": \"Seat Lab\", \"kind\": \"FRONTIER_LAB\"}")
                .post("/api/labs").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        for (String person : new String[] {"seat-holder", "seat-successor"}) {
            asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"" + person + "\", \"name\": \"" + (person.equals("seat-holder") ? "Sam Seat" : "Sue Successor")
                    + "\"}").post("/api/people").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        }
    }

    @Test
    void aPersonsPageShowsThePositionsTheyHeldOverTime() {
        String first = "Sam Seat took a seat on the nonprofit board of Seat Lab as director (appointed by the founders; until 21 November 2039,"
                + " replaced by Sue Successor; left: the board was reconstituted)";
        int id = asAnalyst().contentType(ContentType.JSON).body("{\"person\": \"seat-holder\", \"lab\": \"seat-lab\", \"body\": \"NONPROFIT_BOARD\","
                        + " \"role\": \"DIRECTOR\", \"startedOn\": \"2038-01-15\", \"endedOn\": \"2039-11-21\", \"appointedBy\": \"the founders\","
                        + " \"replacedBy\": \"seat-successor\", \"leavingReason\": \"the board was reconstituted\", " + CITE + "}")
                .post("/api/board-seats").then().log().ifValidationFails().statusCode(201).extract().path("id");
        asAnalyst().contentType(ContentType.JSON).body("{\"person\": \"seat-holder\", \"lab\": \"seat-lab\", \"body\": \"SAFETY_COMMITTEE\","
                + " \"role\": \"CHAIR\", \"startedOn\": \"2040-02-01\", " + CITE + "}").post("/api/board-seats").then().statusCode(201);

        asAnalyst().get("/people/seat-holder").then().statusCode(200).body(containsString("Board seats"), containsString(first),
                containsString("Sam Seat took a seat on the safety committee of Seat Lab as chair"));
        // the successor's page names the seat they took over
        asAnalyst().get("/people/seat-successor").then().statusCode(200).body(containsString(first));
        asAnalyst().get("/edit/board-seats/" + id).then().statusCode(200).body(containsString("<select id=\"field-replacedBy\""),
                containsString("<option value=\"seat-successor\" selected>Sue Successor</option>"));
        asAnalyst().get("/labs/seat-lab").then().statusCode(200).body(containsString("Board seats"), containsString(first));
        asAnalyst().get("/api/labs/seat-lab/timeline?kind=BOARD_SEAT").then().statusCode(200).body("items.summary", hasItem(first));
        asAnalyst().get("/api/board-seats?person=seat-holder&body=NONPROFIT_BOARD").then().statusCode(200).body("items.id", hasItem(id))
                .body("items[0].replacedBy", equalTo("seat-successor"));
    }

    @Test
    void theRulesOfASeatAreRefusedInWords() {
        asAnalyst().contentType(ContentType.JSON).body("{\"person\": \"seat-holder\", \"lab\": \"seat-lab\", \"startedOn\": \"2038-05-01\","
                        + " \"replacedBy\": \"seat-holder\", \"leavingReason\": \"moved on\", " + CITE + "}")
                .post("/api/board-seats").then().statusCode(422)
                .body("errors.field", hasItem("replacedBy")).body("errors.field", hasItem("leavingReason"))
                .body("errors.message", hasItem("is only for a seat that ended: give endedOn too"));
        asAnalyst().contentType(ContentType.JSON).body("{\"person\": \"seat-holder\", \"lab\": \"seat-lab\", \"startedOn\": \"2038-05-01\","
                        + " \"endedOn\": \"2038-04-01\", " + CITE + "}")
                .post("/api/board-seats").then().statusCode(422).body("errors.field", hasItem("endedOn"));
    }
}

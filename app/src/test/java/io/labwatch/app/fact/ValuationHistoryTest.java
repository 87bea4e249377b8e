package io.labwatch.app.fact;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A round is a valuation mark: the lab's valuation history takes rounds' post-money and valuation records as one series
 * (a record of a round and the round are one mark), with the change against the mark before of any basis, in the API,
 * on the profile and in briefs. Dated 2032 on a lab of its own.
 */
@QuarkusTest
class ValuationHistoryTest {

    /** Numbers as BigDecimal, not float: a float cannot hold $10B exactly. */
    private static final io.restassured.config.RestAssuredConfig EXACT = io.restassured.config.RestAssuredConfig.config()
            .jsonConfig(io.restassured.config.JsonConfig.jsonConfig().numberReturnType(io.restassured.path.json.config.JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    private static final String SOURCE = "[{\"source\": \"business20-karpathy-anthropic\"}]";

    @BeforeEach
    void lab() {
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"marks-lab\", \"name\": \"Marks Lab\", \"kind\": \"AI_STARTUP\"}")
                .post("/api/labs").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
    }

    private static int create(String path, String json) {
        return asAnalyst().contentType(ContentType.JSON).body(json).post(path).then().log().ifValidationFails().statusCode(201)
                .extract().path("id");
    }

    @Test
    void roundsAndValuationsAreOneHistoryWithTheChangeBetweenMarks() {
        int seriesA = create("/api/funding-rounds", "{\"lab\": \"marks-lab\", \"name\": \"Series A\", \"announcedOn\": \"2032-01-10\","
                + " \"amountRaised\": 5000000000, \"postMoneyValuation\": 60000000000, \"certainty\": \"CONFIRMED\", \"citations\": " + SOURCE + "}");
        int seriesB = create("/api/funding-rounds", "{\"lab\": \"marks-lab\", \"name\": \"Series B\", \"announcedOn\": \"2032-06-01\","
                + " \"amountRaised\": 10000000000, \"postMoneyValuation\": 100000000000, \"citations\": " + SOURCE + "}");
        int recordOfB = create("/api/valuations", "{\"lab\": \"marks-lab\", \"asOf\": \"2032-06-02\", \"value\": 100000000000,"
                + " \"basis\": \"PRIMARY_ROUND\", \"round\": \"Series B\", \"citations\": " + SOURCE + "}");
        int secondary = create("/api/valuations", "{\"lab\": \"marks-lab\", \"asOf\": \"2032-09-01\", \"value\": 90000000000,"
                + " \"basis\": \"SECONDARY_SALE\", \"certainty\": \"REPORTED\", \"citations\": " + SOURCE + "}");

        io.restassured.path.json.JsonPath history = asAnalyst().config(EXACT).get("/api/labs/marks-lab/valuation-history").then()
                .log().ifValidationFails().statusCode(200).body("items", hasSize(3))
                .body("items[0].fact", equalTo("valuations/" + secondary)).body("items[0].previousFact", equalTo("valuations/" + recordOfB))
                // the round's own valuation record is its mark; Series B is not counted twice
                .body("items[1].fact", equalTo("valuations/" + recordOfB)).body("items[1].round", equalTo("Series B"))
                .body("items[1].previousFact", equalTo("funding-rounds/" + seriesA))
                .body("items[2].fact", equalTo("funding-rounds/" + seriesA)).body("items[2].basis", equalTo("PRIMARY_ROUND"))
                .body("items[2].certainty", equalTo("CONFIRMED")).body("items[2].previousFact", nullValue()).body("items[2].changeUsd", nullValue())
                .extract().jsonPath();
        assertThat(history.getObject("items[0].changeUsd", BigDecimal.class)).isEqualByComparingTo("-10000000000");
        assertThat(history.getObject("items[0].changePercent", BigDecimal.class)).isEqualByComparingTo("-10.0");
        assertThat(history.getObject("items[1].changeUsd", BigDecimal.class)).isEqualByComparingTo("40000000000");
        assertThat(history.getObject("items[1].changePercent", BigDecimal.class)).isEqualByComparingTo("66.7");
        assertThat(history.getObject("items[2].valueUsd", BigDecimal.class)).isEqualByComparingTo("60000000000");
        assertThat(seriesB).isPositive();

        asAnalyst().get("/labs/marks-lab").then().statusCode(200).body(containsString("+$40B (+66.7%)"), containsString("−$10B (−10%)"),
                containsString("Primary round (Series A)"), containsString("Valuation history of Marks Lab"));

        String brief = asAnalyst().contentType(ContentType.JSON).body("{\"audience\": \"INVESTOR\", \"labs\": [\"marks-lab\"], "
                + "\"from\": \"2032-05-01\", \"to\": \"2032-12-31\", \"asOf\": \"" + LocalDate.now() + "\"}")
                .post("/api/briefs?format=md").then().statusCode(200).extract().asString();
        // the step-up of Series B is against Series A's post-money, a round before the period, with no valuation record of it
        assertThat(brief).contains("up 66.7% ($40B) from $60B (Series A's post-money)").contains("down 10% ($10B) from $100B");

        // a superseded mark leaves the history, and the next mark's change is against the one before it
        String etag = asAnalyst().get("/api/valuations/" + recordOfB).then().extract().header("ETag");
        asAnalyst().contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"status\": \"RETRACTED\", \"statusReason\": \"test\"}").patch("/api/valuations/" + recordOfB).then().statusCode(200);
        asAnalyst().get("/api/labs/marks-lab/valuation-history").then().statusCode(200).body("items", hasSize(3))
                .body("items[0].previousFact", equalTo("funding-rounds/" + seriesB)).body("items[1].fact", equalTo("funding-rounds/" + seriesB));
    }

    @Test
    void aValuationKeepsItsRoundThroughARestoreFromItsHistory() {
        // a lab of its own, so that the history above stays as it is
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"restore-lab\", \"name\": \"Restore Lab\", \"kind\": \"AI_STARTUP\"}")
                .post("/api/labs").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        String name = "Series R " + System.nanoTime();
        create("/api/funding-rounds", "{\"lab\": \"restore-lab\", \"name\": \"" + name + "\", \"announcedOn\": \"2033-01-10\","
                + " \"postMoneyValuation\": 70000000000, \"citations\": " + SOURCE + "}");
        int record = create("/api/valuations", "{\"lab\": \"restore-lab\", \"asOf\": \"2033-01-11\", \"value\": 70000000000,"
                + " \"basis\": \"PRIMARY_ROUND\", \"round\": \"" + name + "\", \"note\": \"first\", \"citations\": " + SOURCE + "}");
        asAnalyst().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"note\": \"second\"}")
                .patch("/api/valuations/" + record).then().statusCode(200);
        int update = asAnalyst().get("/api/history/valuations/" + record).then().statusCode(200)
                .body("items[0].before.round", equalTo(name)).extract().path("items[0].id");
        asAnalyst().contentType(ContentType.JSON).post("/api/history/valuations/" + record + "/" + update + "/restore?version=1").then()
                .statusCode(200).body("note", equalTo("first")).body("round", equalTo(name));
    }

    @Test
    void anUnknownLabIsNotFound() {
        asAnalyst().get("/api/labs/no-such-lab/valuation-history").then().statusCode(404);
    }
}

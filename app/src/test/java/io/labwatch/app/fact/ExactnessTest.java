package io.labwatch.app.fact;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How exact a figure is, end to end: a range beside (or instead of) a point, estimated with its method, and a
 * metric's basis; refused when out of order or unexplained (422 naming the field), shown on the timeline, the profile
 * and in briefs, where the basis decides the revenue multiple. Dated 2034 on a lab of its own.
 */
@QuarkusTest
class ExactnessTest {

    private static final String SOURCE = "[{\"source\": \"business20-karpathy-anthropic\"}]";

    @BeforeEach
    void lab() {
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"exact-lab\", \"name\": \"Exact Lab\", \"kind\": \"AI_STARTUP\"}")
                .post("/api/labs").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
    }

    @Test
    void figuresSayHowExactTheyAre() {
        // refused: a range that does not hold its point, and an estimate that does not say how it was made
        asAnalyst().contentType(ContentType.JSON).body("{\"lab\": \"exact-lab\", \"asOf\": \"2034-03-01\", \"value\": 60000000000,"
                        + " \"valueLow\": 40000000000, \"valueHigh\": 50000000000, \"basis\": \"REPORTED_TALKS\", \"estimated\": true,"
                        + " \"citations\": " + SOURCE + "}")
                .post("/api/valuations").then().statusCode(422).body("errors.field", hasItem("value")).body("errors.field", hasItem("estimateMethod"));

        asAnalyst().contentType(ContentType.JSON).body("{\"lab\": \"exact-lab\", \"asOf\": \"2034-03-01\", \"value\": 45000000000,"
                        + " \"valueLow\": 40000000000, \"valueHigh\": 50000000000, \"basis\": \"REPORTED_TALKS\", \"estimated\": true,"
                        + " \"estimateMethod\": \"midpoint of the range two people briefed\", \"citations\": " + SOURCE + "}")
                .post("/api/valuations").then().statusCode(201).body("valueLow", equalTo(40000000000L)).body("estimated", equalTo(true));
        // a range alone is refused: sums and sorts need the point (the midpoint, where the source gives only the range)
        asAnalyst().contentType(ContentType.JSON).body("{\"lab\": \"exact-lab\", \"name\": \"Series X\", \"announcedOn\": \"2034-04-01\","
                        + " \"amountRaisedLow\": 1000000000, \"amountRaisedHigh\": 1500000000, \"citations\": " + SOURCE + "}")
                .post("/api/funding-rounds").then().statusCode(422).body("errors[0].field", equalTo("amountRaised"))
                .body("errors[0].message", containsString("midpoint"));
        asAnalyst().contentType(ContentType.JSON).body("{\"lab\": \"exact-lab\", \"name\": \"Series X\", \"announcedOn\": \"2034-04-01\","
                        + " \"amountRaised\": 1250000000, \"amountRaisedLow\": 1000000000, \"amountRaisedHigh\": 1500000000,"
                        + " \"citations\": " + SOURCE + "}")
                .post("/api/funding-rounds").then().statusCode(201);
        asAnalyst().contentType(ContentType.JSON).body("{\"lab\": \"exact-lab\", \"period\": \"2034-Q1\", \"metric\": \"REVENUE\","
                        + " \"value\": 40000000000, \"basis\": \"ARR\", \"estimated\": true, \"estimateMethod\": \"scaled from the March bookings\","
                        + " \"reportedOn\": \"2034-04-02\", \"citations\": " + SOURCE + "}")
                .post("/api/financial-metrics").then().statusCode(201).body("basis", equalTo("ARR"));
        // a metric without a basis says so
        asAnalyst().contentType(ContentType.JSON).body("{\"lab\": \"exact-lab\", \"period\": \"2034-Q1\", \"metric\": \"HEADCOUNT\","
                        + " \"value\": 1200, \"reportedOn\": \"2034-04-03\", \"citations\": " + SOURCE + "}")
                .post("/api/financial-metrics").then().statusCode(201).body("basis", equalTo("UNSTATED"));

        asAnalyst().get("/api/labs/exact-lab/timeline").then().statusCode(200)
                .body("items.summary", hasItem("Exact Lab was valued at ≈ $45B ($40B–50B) (reported talks, estimated)"))
                .body("items.summary", hasItem("Exact Lab raised about $1.3B ($1B–1.5B) in its Series X"))
                .body("items.summary", hasItem("Exact Lab's revenue for 2034-Q1 was estimated at ≈ $40B (ARR)"))
                .body("items.summary", hasItem("Exact Lab reported headcount of 1200 for 2034-Q1 (basis unstated)"));
        asAnalyst().get("/labs/exact-lab").then().statusCode(200).body(containsString("ARR, estimated"), containsString("≈ $40B"),
                containsString("about $1.3B ($1B–1.5B)"), containsString("1200"));

        String brief = asAnalyst().contentType(ContentType.JSON).body("{\"audience\": \"INVESTOR\", \"labs\": [\"exact-lab\"], "
                + "\"from\": \"2034-01-01\", \"to\": \"2034-12-31\", \"asOf\": \"" + LocalDate.now() + "\"}")
                .post("/api/briefs?format=md").then().statusCode(200).extract().asString();
        // ARR is divided by as it is: $45B ÷ $40B, not ÷ a quarter scaled up fourfold
        assertThat(brief).contains("| ≈ $40B | ARR, estimated |").contains("≈ 1.1× ARR of $40B for 2034-Q1, estimated");
    }

    @Test
    void moneyKeepsItsCurrencyAndIsComparedInDollars() {
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"euro-lab\", \"name\": \"Euro Lab\", \"kind\": \"AI_STARTUP\"}")
                .post("/api/labs").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        String round = "{\"lab\": \"euro-lab\", \"name\": \"Series E\", \"announcedOn\": \"2037-05-02\", \"amountRaised\": 500000000,"
                + " \"postMoneyValuation\": 5000000000, \"currency\": \"EUR\"%s, \"citations\": " + SOURCE + "}";
        asAnalyst().contentType(ContentType.JSON).body(round.formatted("")).post("/api/funding-rounds").then().statusCode(422)
                .body("errors.field", hasItem("usdRate")).body("errors.field", hasItem("rateOn"));
        asAnalyst().contentType(ContentType.JSON).body(round.formatted("").replace("EUR", "XQQ")).post("/api/funding-rounds").then().statusCode(422)
                .body("errors.field", hasItem("currency"));
        asAnalyst().contentType(ContentType.JSON).body(round.formatted(", \"usdRate\": 1.08, \"rateOn\": \"2037-05-01\"").replace("EUR", "USD"))
                .post("/api/funding-rounds").then().statusCode(422).body("errors.field", hasItem("usdRate"));
        asAnalyst().contentType(ContentType.JSON).body(round.formatted(", \"usdRate\": 1.08, \"rateOn\": \"2037-05-01\""))
                .post("/api/funding-rounds").then().statusCode(201).body("currency", equalTo("EUR")).body("amountRaised", equalTo(500000000));
        asAnalyst().contentType(ContentType.JSON).body("{\"lab\": \"euro-lab\", \"asOf\": \"2037-01-01\", \"value\": 4000000000,"
                + " \"basis\": \"SECONDARY_SALE\", \"citations\": " + SOURCE + "}").post("/api/valuations").then().statusCode(201);

        asAnalyst().get("/api/labs/euro-lab/timeline").then().statusCode(200)
                .body("items.summary", hasItem("Euro Lab raised €500M (≈ $540M) in its Series E at a €5B (≈ $5.4B) post-money valuation"));
        // the history compares in dollars: $4B in January, then €5B at 1.08 = $5.4B, up 35%
        asAnalyst().get("/api/labs/euro-lab/valuation-history").then().statusCode(200).body("items[0].round", equalTo("Series E"))
                .body("items[0].changePercent", equalTo(35.0f));
        // the labs list counts in dollars too, and its latest valuation is the round's mark (no record names the round)
        asAnalyst().get("/labs?q=Euro").then().statusCode(200).body(containsString("$540M"), containsString("$5.4B"));
    }
}

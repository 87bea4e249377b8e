package io.labwatch.app.api;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.labwatch.app.LegacyRows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A valuation of zero and a round worth less after the money than the money it raised are refused, naming the fields;
 * such rows stored before the rules are listed on the work queue for someone to correct, not dropped.
 */
@QuarkusTest
class MoneyRulesTest {

    private static final String CITE = "\"citations\": [{\"source\": \"cnbc-karpathy-anthropic\"}]";

    @Inject
    DataSource dataSource;

    @Test
    void aZeroValuationIsRefused() {
        asAnalyst().contentType(ContentType.JSON).body("{\"lab\": \"anthropic\", \"asOf\": \"2024-02-02\", \"value\": 0, \"basis\": \"ESTIMATE\", "
                + CITE + "}").post("/api/valuations").then().statusCode(422).body("errors.field", hasItem("value"))
                .body(containsString("more than zero"));
    }

    @Test
    void aPostMoneyValuationBelowTheAmountRaisedIsRefusedNamingBothFields() {
        asAnalyst().contentType(ContentType.JSON).body("{\"lab\": \"anthropic\", \"name\": \"Upside down\", \"announcedOn\": \"2024-03-03\", "
                        + "\"amountRaised\": 2000000000, \"postMoneyValuation\": 1000000000, " + CITE + "}")
                .post("/api/funding-rounds").then().statusCode(422).body("errors.field", hasItems("postMoneyValuation", "amountRaised"))
                .body(containsString("$2B"));
    }

    @Test
    void rowsStoredBeforeTheRulesAreListedForReview() throws Exception {
        asAnalyst().contentType(ContentType.JSON).body("{\"lab\": \"openai\", \"name\": \"Legacy round\", \"announcedOn\": \"2023-01-01\", "
                + "\"amountRaised\": 500000000, \"postMoneyValuation\": 900000000, " + CITE + "}").post("/api/funding-rounds").then().statusCode(201);
        LegacyRows.write(dataSource, "update funding_round set post_money_valuation = 100000000 where name = 'Legacy round'");

        asAnalyst().get("/freshness").then().statusCode(200).body(containsString("round Legacy round"),
                containsString("its post-money valuation is below the amount raised"), containsString("/edit/funding-rounds/"));
        // it stays readable everywhere meanwhile
        asAnalyst().get("/labs/openai").then().statusCode(200).body(containsString("Legacy round"));
        asAnalyst().get("/api/funding-rounds?lab=openai").then().statusCode(200).body("items.name", hasItem("Legacy round"));
    }
}

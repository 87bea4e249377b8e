package io.labwatch.app.brief;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * What investors pay for leads their brief: a round with its step-up from the lab's previous valuation, ahead of an
 * executive hire of the same period.
 */
@QuarkusTest
class InvestorLeadTest {

    private static void post(String path, String json) {
        asAnalyst().contentType(ContentType.JSON).body(json).post(path).then().statusCode(201);
    }

    @Test
    void theRoundAndItsStepUpLeadTheInvestorBrief() {
        String cite = "\"certainty\": \"REPORTED\", \"citations\": [{\"source\": \"cnbc-karpathy-anthropic\"}]";
        post("/api/labs", "{\"slug\": \"step-lab\", \"name\": \"Step Lab\", \"kind\": \"AI_STARTUP\"}");
        post("/api/people", "{\"slug\": \"step-ceo\", \"name\": \"Casey Step\"}");
        post("/api/valuations", "{\"lab\": \"step-lab\", \"asOf\": \"2025-03-01\", \"datePrecision\": \"MONTH\", \"value\": 8000000000, "
                + "\"basis\": \"PRIMARY_ROUND\", " + cite + "}");
        post("/api/funding-rounds", "{\"lab\": \"step-lab\", \"name\": \"Series C\", \"announcedOn\": \"2025-11-04\", \"amountRaised\": 2000000000, "
                + "\"postMoneyValuation\": 14000000000, " + cite + "}");
        post("/api/hires", "{\"person\": \"step-ceo\", \"toLab\": \"step-lab\", \"kind\": \"JOINED\", \"role\": \"Chief Executive Officer\", "
                + "\"seniority\": \"EXECUTIVE\", \"announcedOn\": \"2025-11-20\", " + cite + "}");

        JsonPath brief = asAnalyst().contentType(ContentType.JSON).body("{\"audience\": \"INVESTOR\", \"labs\": [\"step-lab\"], "
                + "\"from\": \"2025-10-01\", \"to\": \"2025-12-31\", \"asOf\": \"2026-12-31\"}").post("/api/briefs?format=json")
                .then().statusCode(200).extract().jsonPath();
        String lead = brief.getString("takeaways[0].text");
        assertThat(lead).contains("Step Lab raised $2B in its Series C at a $14B post-money valuation", "up 75% ($6B) from $8B in March 2025",
                "8 months earlier");
        assertThat(brief.getList("takeaways[0].footnotes")).hasSizeGreaterThanOrEqualTo(1);
        assertThat(brief.getString("takeaways[1].text")).contains("Casey Step");
    }
}

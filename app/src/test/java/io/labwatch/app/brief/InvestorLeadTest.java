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

        // the key judgment of the trajectory, with the round's dilution (rule "dilution": $2B ÷ $14B)
        assertThat(brief.getString("judgments[0].question")).isEqualTo("VALUATION_TRAJECTORY");
        assertThat(brief.getString("judgments[0].text")).isEqualTo("Step Lab's valuation reached $14B (Series C's post-money) on 4 November 2025,"
                + " up 75% ($6B) from $8B in March 2025, 8 months earlier; the round sold ≈ 14.3% of the company ($2B raised ÷ $14B post-money).");
        // the valuation history drawn: both marks, the step-up on the second, each footnoted
        // (in the investors' order of sections: rounds before talent)
        assertThat(brief.getList("charts.title", String.class)).containsExactly("Valuation history of Step Lab",
                "Senior talent in and out, from 1 October 2025 to 31 December 2025");
        assertThat(brief.getList("charts[0].points.display", String.class)).containsExactly("$8B", "$14B");
        assertThat(brief.getString("charts[0].points[1].note")).isEqualTo("+75%");
        assertThat(brief.getList("charts[0].points[0].footnotes")).isNotEmpty();
        String html = asAnalyst().contentType(ContentType.JSON).body("{\"audience\": \"INVESTOR\", \"labs\": [\"step-lab\"], "
                + "\"from\": \"2025-10-01\", \"to\": \"2025-12-31\", \"asOf\": \"2026-12-31\"}").post("/api/briefs?format=html")
                .then().statusCode(200).extract().asString();
        assertThat(html).contains("<figcaption>Valuation history of Step Lab</figcaption>", "<title>4 November 2025: $14B, +75% on the mark before</title>",
                "<summary>The chart's data</summary>");
    }
}

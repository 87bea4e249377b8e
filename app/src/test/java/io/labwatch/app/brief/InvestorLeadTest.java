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

    /** Rule "round cadence": a lab whose rounds have stopped is called overdue by its own pace, as a computed expectation. */
    @Test
    void aLabPastItsUsualGapBetweenRoundsIsCalledOverdueAsAComputedExpectation() {
        String cite = "\"certainty\": \"CONFIRMED\", \"citations\": [{\"source\": \"cnbc-karpathy-anthropic\"}]";
        post("/api/labs", "{\"slug\": \"pace-lab\", \"name\": \"Pace Lab\", \"kind\": \"AI_STARTUP\"}");
        for (String[] r : new String[][] {{"Seed", "2024-01-10"}, {"Series A", "2024-09-10"}, {"Series B", "2025-03-10"}}) {
            post("/api/funding-rounds", "{\"lab\": \"pace-lab\", \"name\": \"" + r[0] + "\", \"announcedOn\": \"" + r[1] + "\", "
                    + "\"amountRaised\": 100000000, " + cite + "}");
        }
        JsonPath brief = asAnalyst().contentType(ContentType.JSON).body("{\"audience\": \"INVESTOR\", \"labs\": [\"pace-lab\"], "
                + "\"from\": \"2026-01-01\", \"to\": \"2026-06-30\", \"asOf\": \"2026-12-31\"}").post("/api/briefs?format=json")
                .then().statusCode(200).extract().jsonPath();
        // gaps of 8 and 6 months: a median of 7; 15 months since the last round at the period's end
        assertThat(brief.getString("judgments.find { it.question == 'ROUND_CADENCE' }.text")).isEqualTo("Computed expectation: Pace Lab has"
                + " recorded no round for 15 months, against a median of 7 months between its 3 rounds.");
        assertThat(brief.getString("watch.find { it.question == 'Next funding round (computed expectation)' }.detail")).isEqualTo("No round"
                + " recorded for 15 months, past its median pace, 7 months between its 3 rounds; by that pace one was due in October 2025.");
        assertThat(brief.getList("watch.find { it.question == 'Next funding round (computed expectation)' }.footnotes")).isNotEmpty();
    }

    /** A change is only as firm as the mark it is measured from: from a rumour, the brief says so. */
    @Test
    void aStepUpFromARumouredMarkSaysItWasARumour() {
        post("/api/labs", "{\"slug\": \"rumour-lab\", \"name\": \"Rumour Lab\", \"kind\": \"AI_STARTUP\"}");
        post("/api/valuations", "{\"lab\": \"rumour-lab\", \"asOf\": \"2025-01-15\", \"datePrecision\": \"MONTH\", \"value\": 10000000000, "
                + "\"basis\": \"SECONDARY_SALE\", \"certainty\": \"RUMOURED\", \"citations\": [{\"source\": \"cnbc-karpathy-anthropic\"}]}");
        post("/api/valuations", "{\"lab\": \"rumour-lab\", \"asOf\": \"2025-06-15\", \"datePrecision\": \"MONTH\", \"value\": 20000000000, "
                + "\"basis\": \"PRIMARY_ROUND\", \"certainty\": \"REPORTED\", \"citations\": [{\"source\": \"cnbc-karpathy-anthropic\"}]}");
        JsonPath brief = asAnalyst().contentType(ContentType.JSON).body("{\"audience\": \"INVESTOR\", \"labs\": [\"rumour-lab\"], "
                + "\"from\": \"2025-06-01\", \"to\": \"2025-06-30\", \"asOf\": \"2026-12-31\"}").post("/api/briefs?format=json")
                .then().statusCode(200).extract().jsonPath();
        assertThat(brief.getString("judgments[0].text")).isEqualTo("Rumour Lab's valuation reached $20B (primary round) in June 2025, up 100%"
                + " ($10B) from a rumoured $10B in January 2025, 5 months earlier.");
    }
}

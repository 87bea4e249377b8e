package io.labwatch.app.brief;

import static io.labwatch.app.TestUsers.asAnalyst;
import static io.labwatch.app.brief.BriefContentTest.anthropicMay;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.labwatch.reports.brief.Audience;
import io.labwatch.reports.brief.Brief;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The JSON of a brief is for programs too: beside each display string, the raw value it shows. */
@QuarkusTest
class BriefJsonTest {

    @Inject
    ObjectMapper mapper;

    private JsonNode brief(String request) throws Exception {
        String json = asAnalyst().contentType(ContentType.JSON).body(request).post("/api/briefs?format=json").then().statusCode(200)
                .contentType(ContentType.JSON).extract().asString();
        return mapper.readTree(json);
    }

    private static JsonNode row(JsonNode brief, String table, String field, String prefix) {
        return StreamSupport.stream(brief.get(table).spliterator(), false).filter(r -> r.path(field).asText().startsWith(prefix))
                .findFirst().orElseThrow(() -> new AssertionError("no row of " + table + " with " + field + " " + prefix));
    }

    /** A row's fields as text (null for a JSON null), to compare several at once. */
    private static Map<String, String> text(JsonNode row) {
        Map<String, String> fields = new HashMap<>();
        row.fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue().isNull() ? null : f.getValue().asText()));
        return fields;
    }

    /** A whole number of dollars is written as a JSON integer: not "$900B", not 900000000000.00, not 9E+11. */
    private static void assertNumber(JsonNode node, long expected) {
        assertThat(node.isIntegralNumber()).as(node + " is an integer").isTrue();
        assertThat(node.longValue()).isEqualTo(expected);
    }

    @Test
    void theInvestorBriefCarriesRawValuesBesideItsDisplayText() throws Exception {
        JsonNode b = brief(mapper.writeValueAsString(anthropicMay(Audience.INVESTOR)));

        JsonNode valuation = row(b, "roundsAndValuations", "key", "valuation:");
        assertNumber(valuation.get("valuationUsd"), 900_000_000_000L);
        // The first valuation Labwatch holds for the lab: no change, and the JSON says so by leaving the change out.
        assertThat(text(valuation)).containsAllEntriesOf(Map.of("valuationBasis", "PRIMARY_ROUND", "isoDate", "2026-05-01",
                "datePrecision", "MONTH", "labSlug", "anthropic", "valuation", "$900B", "date", "May 2026", "basis", "primary round"))
                .doesNotContainKeys("changeUsd", "changePct");

        JsonNode round = row(b, "roundsAndValuations", "key", "fundingRound:");
        assertNumber(round.get("valuationUsd"), 900_000_000_000L);
        assertThat(text(round)).as("the round's amount raised is unknown").doesNotContainKeys("amountRaisedUsd", "valuationBasis");
        // A row's key is its fact's, as "what changed" compares them; this valuation belongs to the round and is stated with it.
        List<String> factKeys = b.get("facts").findValuesAsText("key");
        assertThat(factKeys).contains(round.get("key").asText()).doesNotContain(valuation.get("key").asText());
        assertThat(valuation.get("key").asText()).matches("valuation:\\d+");

        JsonNode karpathy = row(b, "talentMoves", "personSlug", "andrej-karpathy");
        assertThat(text(karpathy)).containsAllEntriesOf(Map.of("toSlug", "anthropic", "fromSlug", "eureka-labs", "isoDate", "2026-05-19",
                "datePrecision", "DAY", "person", "Andrej Karpathy", "date", "19 May 2026"));
        assertThat(karpathy.get("id").isIntegralNumber()).isTrue();
        assertThat(factKeys).contains("hire:" + karpathy.get("id").asLong());

        JsonNode revenue = row(b, "metrics", "kind", "REVENUE");
        assertNumber(revenue.get("number"), 10_900_000_000L);
        assertThat(text(revenue)).containsAllEntriesOf(Map.of("unit", "USD", "labSlug", "anthropic", "reportedOn", "2026-05-01",
                "value", "$10.9B"));

        JsonNode deal = row(b, "computeDeals", "providerSlug", "spacex");
        assertThat(text(deal)).containsAllEntriesOf(Map.of("buyerSlug", "anthropic", "isoDate", "2026-05-01", "datePrecision", "MONTH"));
        assertThat(factKeys).contains("computeDeal:" + deal.get("id").asLong());

        assertThat(text(row(b, "sources", "slug", "techcrunch-karpathy-anthropic")))
                .containsAllEntriesOf(Map.of("isoPublishedOn", "2026-05-19", "publishedOn", "19 May 2026"));
    }

    /**
     * A round known only within ranges, in euros and estimated: the JSON gives the point and each end of the range in US
     * dollars at the round's rate, and says the figures are estimates; a valuation's range comes through the same way.
     */
    @Test
    void rangesAndEstimatesOfRoundsAndValuationsComeThroughInDollars() throws Exception {
        post("/api/labs", "{\"slug\": \"range-lab\", \"name\": \"Range Lab\", \"kind\": \"AI_STARTUP\"}");
        String cite = "\"certainty\": \"REPORTED\", \"citations\": [{\"source\": \"cnbc-karpathy-anthropic\"}]";
        post("/api/funding-rounds", "{\"lab\": \"range-lab\", \"name\": \"Series A\", \"announcedOn\": \"2026-04-10\", "
                + "\"amountRaised\": 1000000000, \"amountRaisedLow\": 900000000, \"amountRaisedHigh\": 1200000000, "
                + "\"postMoneyValuation\": 5000000000, \"currency\": \"EUR\", \"usdRate\": 1.1, \"rateOn\": \"2026-04-10\", "
                + "\"estimated\": true, \"estimateMethod\": \"from two investors' accounts\", " + cite + "}");
        post("/api/valuations", "{\"lab\": \"range-lab\", \"asOf\": \"2026-04-20\", \"value\": 7000000000, \"valueLow\": 6000000000, "
                + "\"valueHigh\": 8000000000, \"basis\": \"SECONDARY_SALE\", " + cite + "}");

        JsonNode b = brief("{\"audience\": \"INVESTOR\", \"labs\": [\"range-lab\"], \"from\": \"2026-04-01\", \"to\": \"2026-04-30\", "
                + "\"asOf\": \"2026-12-31\"}");

        JsonNode round = row(b, "roundsAndValuations", "key", "fundingRound:");
        assertNumber(round.get("amountRaisedUsd"), 1_100_000_000L);
        assertNumber(round.get("amountRaisedLowUsd"), 990_000_000L);
        assertNumber(round.get("amountRaisedHighUsd"), 1_320_000_000L);
        assertNumber(round.get("valuationUsd"), 5_500_000_000L);
        assertThat(round.get("estimated").asBoolean()).isTrue();
        assertThat(text(round)).doesNotContainKeys("valuationLowUsd", "valuationHighUsd")
                .containsEntry("amountRaised", "≈ €1B (€900M–1.2B) (≈ $1.1B)");

        JsonNode valuation = row(b, "roundsAndValuations", "key", "valuation:");
        assertNumber(valuation.get("valuationLowUsd"), 6_000_000_000L);
        assertNumber(valuation.get("valuationHighUsd"), 8_000_000_000L);
        assertThat(valuation.get("estimated").asBoolean()).isFalse();
        assertThat(text(valuation)).doesNotContainKey("amountRaisedLowUsd");
    }

    /** A change against the previous valuation: dollars and percent as numbers, the percent by the rule "percent change". */
    @Test
    void aValuationChangeIsGivenInDollarsAndPercent() throws Exception {
        post("/api/labs", "{\"slug\": \"json-lab\", \"name\": \"Json Lab\", \"kind\": \"AI_STARTUP\"}");
        String cite = "\"certainty\": \"REPORTED\", \"citations\": [{\"source\": \"cnbc-karpathy-anthropic\"}]";
        post("/api/valuations", "{\"lab\": \"json-lab\", \"asOf\": \"2026-03-01\", \"value\": 8000000000, \"basis\": \"ESTIMATE\", "
                + cite + "}");
        post("/api/valuations", "{\"lab\": \"json-lab\", \"asOf\": \"2026-04-15\", \"value\": 9000000000, \"basis\": \"SECONDARY_SALE\", "
                + cite + "}");

        JsonNode b = brief("{\"audience\": \"INVESTOR\", \"labs\": [\"json-lab\"], \"from\": \"2026-04-01\", \"to\": \"2026-04-30\", "
                + "\"asOf\": \"2026-12-31\"}");

        JsonNode valuation = row(b, "roundsAndValuations", "key", "valuation:");
        assertNumber(valuation.get("valuationUsd"), 9_000_000_000L);
        assertNumber(valuation.get("changeUsd"), 1_000_000_000L);
        assertThat(valuation.get("changePct").isNumber()).isTrue();
        assertThat(valuation.get("changePct").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(text(valuation)).containsAllEntriesOf(Map.of("valuationBasis", "SECONDARY_SALE", "isoDate", "2026-04-15",
                "datePrecision", "DAY", "changeAmount", "+$1B", "changePercent", "+12.5%"));
    }

    /** "What changed" reads briefs published before the raw values existed: their rows simply lack them. */
    @Test
    void aBriefStoredWithoutRawValuesStillReads() throws Exception {
        Brief old = mapper.readValue("""
                {"headline": "H", "talentMoves": [{"person": "A B", "date": "May 2026", "footnotes": [1]}],
                 "metrics": [{"lab": "L", "value": "$1B", "footnotes": [1]}],
                 "sources": [{"number": 1, "outlet": "O", "headline": "S", "publishedOn": "19 May 2026"}],
                 "facts": [{"key": "hire:1", "statement": "A B joined L."}]}""", Brief.class);

        assertThat(old.talentMoves().get(0).isoDate()).isNull();
        assertThat(old.metrics().get(0).number()).isNull();
        assertThat(old.sources().get(0).slug()).isNull();
        assertThat(old.facts()).extracting(Brief.FactKey::key).containsExactly("hire:1");
    }

    private static void post(String path, String json) {
        asAnalyst().contentType(ContentType.JSON).body(json).post(path).then().statusCode(201);
    }
}

package io.labwatch.app.epoch;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Epoch AI's files, in their own layouts (small fixtures written from ../shared/formats/epoch-ai.md): a dry run shows
 * the diff and writes nothing, applying writes it with the hub and each row's sources cited, applying again changes
 * nothing, a revised value becomes an update with history, and a bad file is refused with every problem on its line.
 */
@QuarkusTest
class EpochImportTest {

    @BeforeEach
    void labs() {
        asAnalyst().contentType("application/json").body("{\"slug\": \"epoch-alpha\", \"name\": \"Epoch Alpha Labs\", \"kind\": \"FRONTIER_LAB\","
                + " \"epochName\": \"Alpha AI\"}").post("/api/labs").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        asAnalyst().contentType("application/json").body("{\"slug\": \"epoch-beta\", \"name\": \"Beta Research\", \"kind\": \"AI_STARTUP\","
                + " \"aliases\": \"BetaR\"}").post("/api/labs").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
    }

    private static String fixture(String name) {
        try (InputStream in = EpochImportTest.class.getResourceAsStream("/epoch/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ValidatableResponse post(String dataset, String file, boolean dryRun) {
        return asAnalyst().contentType("text/csv").body(fixture(file))
                .post("/api/import/epoch/" + dataset + "?retrievedOn=2043-07-01&dryRun=" + dryRun).then().log().ifValidationFails();
    }

    @Test
    void revenueIsDiffedAppliedOnceAndRevisedWithHistory() {
        post("revenue", "revenue.csv", true).statusCode(200).body("dryRun", equalTo(true)).body("rows", equalTo(4))
                .body("created.line", contains(2, 3, 5)).body("created.kind", hasItem("financial-metrics"))
                .body("created[0].key", org.hamcrest.Matchers.nullValue())
                .body("skipped[0].line", equalTo(4)).body("skipped[0].reason", equalTo("no lab named 'Gamma Unknown'"))
                .body("unmatched[0].name", equalTo("Gamma Unknown")).body("unmatched[0].lines", contains(4))
                .body("ignoredColumns", contains("Notes"))
                .body("citedAs", equalTo("Epoch AI, AI Companies, epoch.ai/data/ai-companies (CC BY 4.0), retrieved 1 July 2043"));
        asAnalyst().get("/api/financial-metrics?lab=epoch-alpha").then().statusCode(200).body("total", equalTo(0));

        post("revenue", "revenue.csv", false).statusCode(200).body("dryRun", equalTo(false)).body("created", hasSize(3))
                .body("created[0].key", org.hamcrest.Matchers.notNullValue());
        var arr = asAnalyst().get("/api/financial-metrics?lab=epoch-alpha&sort=reportedOn").then().statusCode(200).body("total", equalTo(2))
                .body("items[0].period", equalTo("2043-01")).body("items[0].metric", equalTo("ANNUALISED_REVENUE"))
                .body("items[0].basis", equalTo("ARR")).body("items[0].certainty", equalTo("REPORTED"))
                .body("items[0].citations.source", hasItem("epoch-ai-ai-companies-2043-07-01"))
                .body("items[0].citations.note", hasItem("Epoch AI, AI Companies, epoch.ai/data/ai-companies (CC BY 4.0), retrieved 1 July 2043;"
                        + " Epoch's confidence: Confident"))
                .body("items[0].citations", hasSize(2))
                // Speculative is rumoured; an interpolated figure is an estimate and says how
                .body("items[1].certainty", equalTo("RUMOURED")).body("items[1].estimated", equalTo(true))
                .body("items[1].basis", equalTo("INTERPOLATED")).extract();
        int id = arr.path("items[0].id");
        String reuters = arr.path("items[0].citations[1].source");
        asAnalyst().get("/api/sources/" + reuters).then().statusCode(200).body("url", equalTo("https://www.reuters.com/epoch-alpha-arr"))
                .body("outlet", equalTo("reuters.com"));
        asAnalyst().get("/api/sources/epoch-ai-ai-companies-2043-07-01").then().statusCode(200).body("outlet", equalTo("Epoch AI"))
                .body("headline", equalTo("Epoch AI, AI Companies data hub (CC BY 4.0), retrieved 1 July 2043"));
        asAnalyst().get("/api/financial-metrics?lab=epoch-beta").then().body("items[0].scope", equalTo("Product/division"))
                .body("items[0].basis", equalTo("ANNUALISED_RUN_RATE"));

        // applying the same file again changes nothing
        post("revenue", "revenue.csv", false).statusCode(200).body("created", empty()).body("changed", empty()).body("unchanged", equalTo(3));

        // Epoch revised a value: one update, old and new value shown, kept in the history
        post("revenue", "revenue-revised.csv", true).statusCode(200).body("changed", hasSize(1)).body("changed[0].line", equalTo(2))
                .body("changed[0].key", equalTo(String.valueOf(id))).body("changed[0].fields.value.was", equalTo("3000000000"))
                .body("changed[0].fields.value.now", equalTo("3200000000")).body("unchanged", equalTo(2));
        asAnalyst().get("/api/financial-metrics/" + id).then().body("value", equalTo(3.0E9f));
        post("revenue", "revenue-revised.csv", false).statusCode(200).body("changed", hasSize(1));
        asAnalyst().get("/api/financial-metrics/" + id).then().body("value", equalTo(3.2E9f));
        asAnalyst().get("/api/history/financial-metrics/" + id).then().statusCode(200).body("items.action", hasItem("UPDATE"))
                .body("items.find { it.action == 'UPDATE' }.before.value", org.hamcrest.Matchers.hasToString("3000000000.00"));

        // a brief that shows the imported figures names the dataset, its licence and the retrieval, among its sources
        String brief = asAnalyst().contentType("application/json").accept("text/markdown").body("{\"audience\": \"INVESTOR\","
                + " \"labs\": [\"epoch-alpha\"], \"from\": \"2043-01-01\", \"to\": \"2043-03-31\", \"asOf\": \"2043-12-31\"}")
                .post("/api/briefs").then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(brief).contains("1. Epoch AI: [Epoch AI, AI Companies data hub (CC BY 4.0), retrieved 1 July 2043](https://epoch.ai/data/ai-companies#retrieved-2043-07-01)");
    }

    @Test
    void aBadFileIsRefusedWithEveryProblemOnItsLineAndNothingWritten() {
        post("revenue", "revenue-bad.csv", false).statusCode(422)
                .body("errors.row", hasItem(2)).body("errors.row", hasItem(3))
                .body("errors.field", hasItem("revenue.Date")).body("errors.field", hasItem("revenue.Annualized revenue (USD)"))
                .body("errors.field", hasItem("revenue.Confidence"))
                .body("errors.message", hasItem("is not a date (YYYY-MM-DD): '15 January 2043'"));
        post("revenue", "revenue-missing.csv", false).statusCode(422).body("errors.field", hasItem("revenue.Date"))
                .body("errors.field", hasItem("revenue.Annualized revenue (USD)")).body("errors.row", hasItem(1));
        post("compute-spend", "revenue.csv", false).statusCode(422).body("errors.field", hasItem("dataset"));
        // a repeated column would lose values silently; two lines of one natural key would overwrite each other on every import
        post("revenue", "revenue-repeated-header.csv", false).statusCode(422).body("errors.field", hasItem("revenue.Source 1"))
                .body("errors.message", hasItem("appears more than once in the header row"));
        post("revenue", "revenue-same-month.csv", true).statusCode(422).body("errors.row", hasItem(3))
                .body("errors.message", hasItem(containsString("repeats line 2: the same lab, period, metric and scope")));
        // the bad file's good row (line 4) was not written either: all or nothing
        asAnalyst().get("/api/financial-metrics?lab=epoch-alpha").then().statusCode(200)
                .body("items.period", org.hamcrest.Matchers.not(hasItem("2043-09")));
    }

    @Test
    void modelsRoundsAndDataCentersLandInTheirKinds() {
        post("models", "models.csv", false).statusCode(200).body("created", hasSize(1)).body("skipped[0].line", equalTo(3))
                .body("skipped[0].reason", containsString("domain 'Games' is not one Labwatch tracks"))
                .body("unmatched.name", contains("Gamma Unknown"));
        asAnalyst().get("/api/model-releases?lab=epoch-alpha").then().statusCode(200).body("items[0].name", equalTo("Alpha-1"))
                .body("items[0].access", equalTo("API")).body("items[0].modality", equalTo("TEXT")).body("items[0].estimated", equalTo(true))
                .body("items[0].estimateMethod", equalTo("Epoch AI: Hardware"))
                .body("items[0].citations.source", hasItem("epoch-ai-ai-models-2043-07-01"));

        post("funding-rounds", "funding-rounds.csv", false).statusCode(200).body("created", hasSize(1))
                .body("skipped[0].reason", equalTo("no post-money valuation"));
        asAnalyst().get("/api/valuations?lab=epoch-alpha&from=2043-06-01&to=2043-06-01").then().statusCode(200)
                .body("items[0].basis", equalTo("PRIMARY_ROUND")).body("items[0].value", equalTo(6.0E10f));

        post("data-centers", "data-centers.csv", false).statusCode(200).body("created.kind", contains("data-centers", "capacity-reports"))
                // blank cells are skipped, saying what is missing, never a failure
                .body("skipped.reason", contains("no name", "no owner"));
        asAnalyst().get("/api/data-centers/alpha-campus").then().statusCode(200).body("operator", equalTo("epoch-alpha"))
                .body("location", equalTo("Quokka Flats"));
        asAnalyst().get("/api/capacity-reports?dataCenter=alpha-campus").then().statusCode(200).body("items[0].asOf", equalTo("2043-07-01"))
                .body("items[0].h100Equivalents", equalTo(120000)).body("items[0].citations.note", hasItem(containsString("#confident")));
        asAnalyst().get("/labs/epoch-alpha").then().statusCode(200).body(containsString("Alpha Campus"), containsString("Epoch AI"));
        post("data-centers", "data-centers.csv", false).statusCode(200).body("unchanged", equalTo(2)).body("created", empty());
    }

    @Test
    void theImportPagePreviewsThenAppliesAndShowsARefusedFileWithItsText() {
        io.labwatch.app.WebSession analyst = io.labwatch.app.WebSession.signIn("analyst");
        analyst.request().get("/import").then().statusCode(200).body(containsString("<option value=\"funding-rounds\""));
        String csv = fixture("funding-rounds.csv").replace("2043-06-01", "2043-08-01").replace("epoch-alpha-round", "epoch-alpha-round-2");
        analyst.post("/import/epoch", "dataset", "funding-rounds", "retrievedOn", "2043-08-15", "csv", csv, "preview", "1").then().statusCode(200)
                .body(containsString("Preview: nothing written yet"), containsString("1 to create"), containsString("Line 3: no post-money valuation"),
                        containsString("name=\"apply\""));
        asAnalyst().get("/api/valuations?lab=epoch-alpha&from=2043-08-01&to=2043-08-01").then().body("total", equalTo(0));
        analyst.post("/import/epoch", "dataset", "funding-rounds", "retrievedOn", "2043-08-15", "csv", csv, "apply", "1").then().statusCode(200)
                .body(containsString("Applied"));
        asAnalyst().get("/api/valuations?lab=epoch-alpha&from=2043-08-01&to=2043-08-01").then().body("total", equalTo(1));

        String bad = fixture("revenue-bad.csv");
        analyst.post("/import/epoch", "dataset", "revenue", "retrievedOn", "2043-08-15", "csv", bad, "preview", "1").then().statusCode(200)
                .body(containsString("nothing was written"), containsString("Line 2, Date: is not a date (YYYY-MM-DD): &#39;15 January 2043&#39;"),
                        containsString("five hundred million"));
        // a reader cannot import
        io.labwatch.app.WebSession.signIn("reader").request().get("/import").then().statusCode(403);
    }
}

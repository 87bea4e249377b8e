package io.labwatch.app.web;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;

import io.labwatch.app.WebSession;
import io.labwatch.app.FactsOfEveryKind;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The analysts' workbench over HTTP: every fact on a profile has its history, edit and delete links (edit and delete
 * for analysts only), forms return where the analyst came from, read money and dates as analysts write them, show every
 * problem at once in words, keep what was typed when the form's token no longer holds, and refusals are pages of the
 * site.
 */
@QuarkusTest
class WorkbenchTest {

    private static final String LAB = "wb-lab";

    @BeforeEach
    void seed() {
        FactsOfEveryKind.seed("wb", 0);
    }

    @Test
    void analystsGetEditDeleteAndHistoryOnEveryRowOfEveryKindAndReadersOnlyHistory() {
        String analyst = WebSession.signIn("analyst").request().get("/labs/" + LAB).then().statusCode(200).extract().asString();
        for (String segment : List.of("hires", "funding-rounds", "valuations", "financial-metrics", "compute-deals", "watch-items",
                "model-releases")) {
            assertThat(analyst).as(segment).containsPattern("href=\"/edit/" + segment + "/\\d+\\?back=%2Flabs%2Fwb-lab\"")
                    .containsPattern("href=\"/delete/" + segment + "/\\d+\\?back=%2Flabs%2Fwb-lab\"")
                    .containsPattern("href=\"/history/" + segment + "/\\d+\"");
        }
        assertThat(analyst).contains("href=\"/new/model-releases?lab=wb-lab\"").contains("href=\"/new/financial-metrics?lab=wb-lab\"");

        String reader = WebSession.signIn("reader").request().get("/labs/" + LAB).then().statusCode(200).extract().asString();
        assertThat(reader).doesNotContain("href=\"/edit/").doesNotContain("href=\"/delete/").doesNotContain("href=\"/new/")
                .containsPattern("href=\"/history/hires/\\d+\"");
    }

    @Test
    void aReaderWhoTypesAnEditAddressGetsTheSitesForbiddenPage() {
        Response page = WebSession.signIn("reader").request().get("/edit/labs/" + LAB);
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.asString()).contains("You cannot do that here").contains("Editing needs the analyst role")
                .contains("<nav aria-label=\"Main\">");
        Response post = WebSession.signIn("reader").post("/new/labs", "slug", "wb-reader", "name", "Reader Lab", "kind", "OTHER");
        assertThat(post.statusCode()).isEqualTo(403);
        asAnalyst().get("/api/labs/wb-reader").then().statusCode(404);
    }

    @Test
    void anUnknownAddressGetsTheSitesNotFoundPage() {
        Response page = WebSession.signIn("reader").request().get("/labs/no-such-lab-anywhere");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.asString()).contains("There is nothing at this address").contains("<nav aria-label=\"Main\">")
                .contains("action=\"/search\"");
    }

    @Test
    void moneyIsReadAsAnalystsWriteItAndABareSmallNumberIsRefused() {
        WebSession analyst = WebSession.signIn("analyst");
        analyst.post("/new/funding-rounds", "lab", LAB, "name", "Series B", "announcedOn", "May 2026", "amountRaised", "$2.5 billion",
                "postMoneyValuation", "25,000,000,000", "citations", "cnbc-karpathy-anthropic").then().statusCode(303);
        var round = new io.restassured.path.json.JsonPath(asAnalyst().get("/api/funding-rounds?lab=" + LAB).asString()).using(
                new io.restassured.path.json.config.JsonPathConfig(io.restassured.path.json.config.JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        int i = round.getList("items.name").indexOf("Series B");
        assertThat(new java.math.BigDecimal(round.getString("items[" + i + "].amountRaised"))).isEqualByComparingTo("2500000000");
        assertThat(new java.math.BigDecimal(round.getString("items[" + i + "].postMoneyValuation"))).isEqualByComparingTo("25000000000");
        assertThat(round.getString("items[" + i + "].announcedOn")).isEqualTo("2026-05-01");
        assertThat(round.getString("items[" + i + "].datePrecision")).isEqualTo("MONTH");

        Response refused = analyst.post("/new/funding-rounds", "lab", LAB, "name", "Series C", "announcedOn", "2026", "amountRaised", "2.5");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.htmlPath().getString("**.find { it.@id == 'error-amountRaised' }")).contains("needs its unit");
        assertThat(refused.htmlPath().getString("**.find { it.@id == 'field-amountRaised' }.@value")).isEqualTo("2.5");
        assertThat(asAnalyst().get("/api/funding-rounds?lab=" + LAB).jsonPath().getList("items.name")).doesNotContain("Series C");
    }

    @Test
    void everyProblemComesAtOnceInWordsWithASummaryLinkingTheFields() {
        Response form = WebSession.signIn("analyst").post("/new/hires", "person", "wb-person", "kind", "JOINED", "announcedOn", "someday",
                "newSourceOutlet", "Example News", "newSourceHeadline", "A headline", "newSourceUrl", "ftp://example.com/x");
        assertThat(form.statusCode()).isEqualTo(422);
        String page = form.asString();
        String summary = page.substring(page.indexOf("id=\"form-problems\""), page.indexOf("</div>", page.indexOf("id=\"form-problems\"")));
        assertThat(summary).contains("Announced on").contains("must be a date").contains("New source: URL").contains("To lab")
                .doesNotContain("announcedOn:").doesNotContain("null");
        assertThat(form.asString()).contains("href=\"#field-newSourceUrl\"").contains("href=\"#field-announcedOn\"");
    }

    @Test
    void aFormReturnsToThePageItWasOpenedFromAndSaveAndAddAnotherKeepsTheSharedFields() {
        WebSession analyst = WebSession.signIn("analyst");
        String edit = analyst.request().queryParam("toLab", LAB).queryParam("back", "/labs/" + LAB).get("/new/hires").then().statusCode(200).extract().asString();
        assertThat(edit).contains("name=\"back\" value=\"/labs/wb-lab\"");

        Response saved = analyst.post("/new/hires", "person", "wb-person", "toLab", LAB, "kind", "PROMOTED", "fromLab", LAB, "seniority", "SENIOR",
                "announcedOn", "2026-06-01", "back", "/labs/" + LAB, "citations", "cnbc-karpathy-anthropic");
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.header("Location")).isEqualTo("/labs/" + LAB);

        Response another = analyst.post("/new/hires", "person", "wb-person", "toLab", LAB, "kind", "PROMOTED", "fromLab", LAB, "seniority", "SENIOR",
                "announcedOn", "2026-07-01", "role", "Chief of staff", "citations", "cnbc-karpathy-anthropic", "then", "another",
                "back", "/labs/" + LAB);
        assertThat(another.statusCode()).isEqualTo(303);
        String next = URLDecoder.decode(another.header("Location"), StandardCharsets.UTF_8);
        assertThat(next).startsWith("/new/hires?").contains("person=wb-person").contains("toLab=wb-lab").contains("kind=PROMOTED")
                .contains("citations=cnbc-karpathy-anthropic").contains("back=/labs/wb-lab").doesNotContain("role=")
                .doesNotContain("announcedOn");
        String form = analyst.request().get(another.header("Location")).then().statusCode(200).extract().asString();
        assertThat(form).contains("Saved the talent move");

        Response hostile = analyst.post("/new/hires", "person", "wb-person", "toLab", LAB, "kind", "PROMOTED", "fromLab", LAB, "seniority", "SENIOR",
                "announcedOn", "2026-08-01", "back", "//evil.example/", "citations", "cnbc-karpathy-anthropic");
        assertThat(hostile.header("Location")).isEqualTo("/people/wb-person");
    }

    @Test
    void aFormWhoseTokenNoLongerHoldsComesBackWithWhatWasTyped() {
        WebSession analyst = WebSession.signIn("analyst");
        Response stale = analyst.request().contentType(ContentType.URLENC.withCharset(StandardCharsets.UTF_8))
                .formParam("csrf-token", "from-an-earlier-session").formParam("slug", "wb-stale").formParam("name", "Typed Lab Name")
                .formParam("kind", "OTHER").formParam("summary", "A summary typed at length").post("/new/labs");
        assertThat(stale.statusCode()).isEqualTo(403);
        assertThat(stale.asString()).contains("Nothing was saved: this form had expired");
        assertThat(stale.htmlPath().getString("**.find { it.@id == 'field-name' }.@value")).isEqualTo("Typed Lab Name");
        assertThat(stale.htmlPath().getString("**.find { it.@id == 'field-summary' }")).isEqualTo("A summary typed at length");
        assertThat(stale.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value")).isEqualTo(analyst.csrf());
        asAnalyst().get("/api/labs/wb-stale").then().statusCode(404);

        // sent again with the page's token, it saves
        analyst.post("/new/labs", "slug", "wb-stale", "name", "Typed Lab Name", "kind", "OTHER").then().statusCode(303);
    }

    @Test
    void historyTellsEachChangeInWordsAndTheNewestCanBeUndone() {
        var valuation = asAnalyst().get("/api/valuations?lab=" + LAB).jsonPath();
        long id = valuation.getLong("items[0].id");
        long version = valuation.getLong("items[0].version");
        WebSession analyst = WebSession.signIn("analyst");
        analyst.post("/edit/valuations/" + id, "version", String.valueOf(version), "lab", LAB, "asOf", "2026-04-01", "value", "2.5B",
                "basis", "SECONDARY_SALE", "citations", "cnbc-karpathy-anthropic").then().statusCode(303);

        String history = analyst.request().get("/history/valuations/" + id).then().statusCode(200).extract().asString();
        assertThat(history).contains("Valuation changed by analyst on").contains("Value changed from $2B to $2.5B")
                .contains("Undo this change");
        java.util.regex.Matcher newest = java.util.regex.Pattern.compile("action=\"(/history/valuations/" + id + "/\\d+/restore)\"")
                .matcher(history);
        assertThat(newest.find()).isTrue();
        Response undo = analyst.request().contentType(ContentType.URLENC).formParam("csrf-token", analyst.csrf())
                .formParam("version", String.valueOf(version + 1)).post(newest.group(1));
        assertThat(undo.statusCode()).isEqualTo(303);
        assertThat(new java.math.BigDecimal(asAnalyst().get("/api/valuations/" + id).jsonPath().getString("value")))
                .isEqualByComparingTo("2000000000");
    }
}

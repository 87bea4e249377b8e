package io.labwatch.app.merge;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;

import io.labwatch.app.FactsOfEveryKind;
import io.labwatch.app.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Duplicates: a second record of the same lab is merged into the first (its facts, profile citations and follows move,
 * its names become aliases, its address redirects), the merge is undone exactly, a merge that would make two facts one
 * is refused naming them, and a new lab whose name reads as an existing one's asks first.
 */
@QuarkusTest
class MergeTest {

    private static void duplicate(String prefix) {
        FactsOfEveryKind.seed(prefix, 0);
        asAnalyst().contentType(ContentType.JSON).body("""
                {"labs": [{"slug": "%1$s-dup", "name": "%1$s Lab Inc", "kind": "AI_STARTUP", "aliases": "%1$s Labs",
                           "statedEmphasis": "Duplicates", "citations": [{"source": "cnbc-karpathy-anthropic"}]}],
                 "people": [{"slug": "%1$s-mover", "name": "%1$s Mover"}],
                 "hires": [{"person": "%1$s-mover", "toLab": "%1$s-dup", "kind": "JOINED", "seniority": "SENIOR", "announcedOn": "2026-06-01",
                            "role": "Duplicate researcher", "citations": [{"source": "cnbc-karpathy-anthropic"}]}]}""".formatted(prefix))
                .post("/api/import").then().statusCode(200);
    }

    private static long mergeId(String page) {
        Matcher m = Pattern.compile("action=\"/merge/undo/(\\d+)\"").matcher(page);
        assertThat(m.find()).as("an undo form").isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void aDuplicateLabIsMergedAndTheMergeUndone() {
        duplicate("mg");
        WebSession analyst = WebSession.signIn("analyst");
        analyst.post("/watchlist/follow", "kind", "lab", "slug", "mg-dup");
        String preview = analyst.request().get("/merge/labs/mg-lab?merged=mg-dup").then().statusCode(200).extract().asString();
        assertThat(preview).contains("1 hire").contains("1 follow").contains("1 citation").contains("Merge mg-dup into mg-lab");

        Response merged = analyst.post("/merge/labs/mg-lab", "merged", "mg-dup");
        assertThat(merged.statusCode()).isEqualTo(303);
        asAnalyst().get("/api/labs/mg-dup").then().statusCode(404);
        Response old = analyst.request().get("/labs/mg-dup");
        assertThat(old.statusCode()).isEqualTo(302);
        assertThat(old.header("Location")).isEqualTo("/labs/mg-lab");
        assertThat(asAnalyst().get("/api/labs/mg-lab").jsonPath().getString("aliases")).contains("mg Lab Inc").contains("mg Labs");
        assertThat(asAnalyst().get("/api/hires?lab=mg-lab").jsonPath().getList("items.role")).contains("Duplicate researcher");
        assertThat(analyst.request().get("/labs/mg-lab").asString()).contains("Duplicate researcher");
        analyst.request().get("/history/labs/mg-lab").then().statusCode(200);

        String page = analyst.request().get("/merge/labs/mg-lab").asString();
        assertThat(page).contains("mg Lab Inc (mg-dup)");
        Response undone = analyst.post("/merge/undo/" + mergeId(page));
        assertThat(undone.statusCode()).isEqualTo(303);
        assertThat(asAnalyst().get("/api/labs/mg-dup").jsonPath().getString("name")).isEqualTo("mg Lab Inc");
        assertThat(asAnalyst().get("/api/hires?lab=mg-dup").jsonPath().getList("items.role")).containsExactly("Duplicate researcher");
        assertThat(asAnalyst().get("/api/hires?lab=mg-lab").jsonPath().getList("items.role")).doesNotContain("Duplicate researcher");
        assertThat(asAnalyst().get("/api/labs/mg-lab").jsonPath().getString("aliases")).isNull();
        analyst.request().get("/labs/mg-dup").then().statusCode(200);
        assertThat(analyst.post("/merge/undo/" + mergeId(page)).statusCode()).as("undone once").isEqualTo(409);
    }

    @Test
    void aMergeThatWouldMakeTwoFactsOneIsRefusedNamingThem() {
        duplicate("mc");
        asAnalyst().contentType(ContentType.JSON).body("""
                {"valuations": [{"lab": "mc-dup", "asOf": "2026-04-01", "value": 2000000000, "basis": "SECONDARY_SALE",
                                 "citations": [{"source": "cnbc-karpathy-anthropic"}]}]}""").post("/api/import").then().statusCode(200);
        Response refused = WebSession.signIn("analyst").post("/merge/labs/mc-lab", "merged", "mc-dup");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.asString()).contains("both hold the same valuation").contains("delete or correct one of the two first");
        asAnalyst().get("/api/labs/mc-dup").then().statusCode(200);
        assertThat(asAnalyst().get("/api/hires?lab=mc-dup").jsonPath().getList("items.role")).containsExactly("Duplicate researcher");
    }

    @Test
    void aNewLabWhoseNameReadsAsAnExistingOneAsksFirst() {
        FactsOfEveryKind.seed("ml", 0);
        WebSession analyst = WebSession.signIn("analyst");
        Response asked = analyst.post("/new/labs", "slug", "ml-again", "name", "ML Lab, Inc.", "kind", "AI_STARTUP", "status", "ACTIVE");
        assertThat(asked.statusCode()).isEqualTo(409);
        assertThat(asked.asString()).contains("ml Lab already exists: use it?").contains("href=\"/labs/ml-lab\"").contains("Create anyway");
        assertThat(asked.htmlPath().getString("**.find { it.@id == 'field-name' }.@value")).isEqualTo("ML Lab, Inc.");
        asAnalyst().get("/api/labs/ml-again").then().statusCode(404);

        analyst.post("/new/labs", "slug", "ml-again", "name", "ML Lab, Inc.", "kind", "AI_STARTUP", "status", "ACTIVE", "then", "create-anyway")
                .then().statusCode(303);
        asAnalyst().get("/api/labs/ml-again").then().statusCode(200);
    }

    @Test
    void aSlugMergedTwiceLeadsToItsLatestMerge() {
        FactsOfEveryKind.seed("mt", 0);
        asAnalyst().contentType(ContentType.JSON).body("""
                {"labs": [{"slug": "mt-once", "name": "Merged Twice", "kind": "OTHER"}, {"slug": "mt-other", "name": "Quite Different", "kind": "OTHER"}]}""")
                .post("/api/import").then().statusCode(200);
        WebSession analyst = WebSession.signIn("analyst");
        analyst.post("/merge/labs/mt-lab", "merged", "mt-once").then().statusCode(303);
        asAnalyst().contentType(ContentType.JSON).body("""
                {"labs": [{"slug": "mt-once", "name": "Merged Twice Anew", "kind": "OTHER"}]}""").post("/api/import").then().statusCode(200);
        analyst.request().get("/labs/mt-once").then().statusCode(200);
        analyst.post("/merge/labs/mt-other", "merged", "mt-once").then().statusCode(303);
        assertThat(analyst.request().get("/labs/mt-once").header("Location")).isEqualTo("/labs/mt-other");
    }

    @Test
    void twoEntriesOfOneArticleAreFoundByTheirAddressMergedAndTheMergeUndone() {
        FactsOfEveryKind.seed("ms", 0);
        asAnalyst().contentType(ContentType.JSON).body("""
                {"sources": [{"slug": "ms-first", "outlet": "MS News", "headline": "MS story",
                              "url": "https://www.ms-news.example/2026/06/01/story?utm_source=feed"},
                             {"slug": "ms-second", "outlet": "MS News", "headline": "The MS story", "author": "Jane Writer",
                              "url": "http://ms-news.example/2026/06/01/story/"}],
                 "valuations": [{"lab": "ms-lab", "asOf": "2033-01-01", "value": 1000000000, "basis": "ESTIMATE",
                                 "citations": [{"source": "ms-first"}, {"source": "ms-second"}]},
                                {"lab": "ms-lab", "asOf": "2033-02-01", "value": 2000000000, "basis": "ESTIMATE",
                                 "citations": [{"source": "ms-second", "note": "second entry"}]}]}""")
                .post("/api/import").then().statusCode(200);
        WebSession analyst = WebSession.signIn("analyst");
        String shared = analyst.request().get("/merge/sources").then().statusCode(200).extract().asString();
        assertThat(shared).contains("ms-news.example/2026/06/01/story").contains("href=\"/merge/sources/ms-first?merged=ms-second\"");
        assertThat(analyst.request().get("/merge/sources/ms-first").asString()).contains("<option value=\"ms-second\"");

        assertThat(analyst.post("/merge/sources/ms-first", "merged", "ms-second").statusCode()).isEqualTo(303);
        asAnalyst().get("/api/sources/ms-second").then().statusCode(404);
        assertThat(asAnalyst().get("/api/sources/ms-first").jsonPath().getString("author")).isEqualTo("Jane Writer");
        var valuations = asAnalyst().get("/api/valuations?lab=ms-lab").jsonPath();
        assertThat(valuations.getList("items.findAll { it.asOf.startsWith('2033') }.citations.source"))
                .containsExactlyInAnyOrder(java.util.List.of("ms-first"), java.util.List.of("ms-first"));

        analyst.post("/merge/undo/" + mergeId(analyst.request().get("/merge/sources/ms-first").asString()));
        assertThat(asAnalyst().get("/api/sources/ms-second").jsonPath().getString("headline")).isEqualTo("The MS story");
        assertThat(asAnalyst().get("/api/sources/ms-first").jsonPath().getString("author")).isNull();
        assertThat(asAnalyst().get("/api/valuations?lab=ms-lab").jsonPath()
                .getList("items.findAll { it.asOf == '2033-02-01' }.citations.source")).containsExactly(java.util.List.of("ms-second"));
    }

    @Test
    void aSourceTypedAtAnAddressLabwatchHasIsThatSource() {
        FactsOfEveryKind.seed("mt", 0);
        asAnalyst().contentType(ContentType.JSON).body("""
                {"sources": [{"slug": "mt-known", "outlet": "MT News", "headline": "MT story", "url": "https://mt-news.example/a/story"}]}""")
                .post("/api/import").then().statusCode(200);
        WebSession analyst = WebSession.signIn("analyst");
        Response asked = analyst.post("/new/sources", "slug", "mt-again", "outlet", "MT News", "headline", "MT story again",
                "url", "https://www.mt-news.example/a/story/#comments");
        assertThat(asked.statusCode()).isEqualTo(409);
        assertThat(asked.asString()).contains("MT News: MT story already exists").contains("href=\"/merge/sources/mt-known\"");
        asAnalyst().get("/api/sources/mt-again").then().statusCode(404);

        Response saved = analyst.post("/new/valuations", "lab", "mt-lab", "asOf", "2033-03-01", "value", "3B", "basis", "ESTIMATE",
                "newSourceOutlet", "MT News", "newSourceHeadline", "MT story retyped", "newSourceUrl", "http://mt-news.example/a/story");
        assertThat(saved.statusCode()).as(saved.asString()).isEqualTo(303);
        assertThat(asAnalyst().get("/api/valuations?lab=mt-lab").jsonPath().getList("items.findAll { it.asOf == '2033-03-01' }.citations.source"))
                .containsExactly(java.util.List.of("mt-known"));
        assertThat(asAnalyst().get("/api/sources?size=200").asString()).doesNotContain("MT story retyped");
    }
}

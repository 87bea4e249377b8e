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
}

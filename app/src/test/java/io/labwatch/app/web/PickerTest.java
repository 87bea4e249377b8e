package io.labwatch.app.web;

import static io.labwatch.app.TestUsers.asAdmin;
import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;

import io.labwatch.app.FactsOfEveryKind;
import io.labwatch.app.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Where Labwatch holds more labs, people or sources than a form lists, the form's references are typed and picked from
 * what the server finds: the page no longer carries every source, the server reads a typed name, short name or
 * address, and says which records an ambiguous name could mean.
 */
@QuarkusTest
@TestProfile(PickerTest.ShortLists.class)
public class PickerTest {

    /** Lists of at most three choices: the demo data already holds more labs, people and sources. */
    public static class ShortLists implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("labwatch.forms.list-choices-up-to", "3");
        }
    }

    @BeforeEach
    void seed() {
        FactsOfEveryKind.seed("pk", 0);
        asAdmin().contentType(ContentType.JSON).body("""
                {"labs": [{"slug": "pk-twin-a", "name": "Pk Twin Labs", "kind": "AI_STARTUP"},
                          {"slug": "pk-twin-b", "name": "Pk Twin", "kind": "AI_STARTUP"}],
                 "sources": [{"slug": "pk-times-story", "outlet": "PK Times", "headline": "PK story",
                              "url": "https://pktimes.example/2031/04/story"}]}""").post("/api/import").then().statusCode(200);
    }

    @Test
    void theFormHoldsPickersNotEveryChoice() {
        String form = WebSession.signIn("analyst").request().get("/edit/valuations/" + firstValuation()).asString();
        assertThat(form).contains("data-pick=\"labs\"").contains("data-pick=\"sources\"")
                .doesNotContain("<option value=\"anthropic\"").doesNotContain("<option value=\"cnbc-karpathy-anthropic\"");
        // the chosen lab's name goes with it for the picker to show, and the chosen source is a ticked box
        assertThat(form).contains("value=\"pk-lab\" data-pick=\"labs\" data-label=\"pk Lab\"");
        assertThat(form).containsPattern("type=\"checkbox\" name=\"citations\" value=\"[^\"]+\" checked");
    }

    @Test
    void thePickerFindsByEveryTypedWordAndReadersCannotAsk() {
        WebSession analyst = WebSession.signIn("analyst");
        List<Map<String, String>> found = analyst.request().accept(ContentType.JSON).get("/pick/sources?q=karpathy cnbc")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(found).extracting(f -> f.get("value")).contains("cnbc-karpathy-anthropic");
        assertThat(found).allSatisfy(f -> assertThat(f.get("label").toLowerCase()).contains("cnbc"));

        // other tests' labs share the database: "pk-twin" is only these two (every word must match)
        List<Map<String, String>> labs = analyst.request().get("/pick/labs?q=twin pk-twin").jsonPath().getList("$");
        assertThat(labs).extracting(f -> f.get("value")).containsExactly("pk-twin-b", "pk-twin-a");
        assertThat(analyst.request().get("/pick/labs?q=100%25_").jsonPath().getList("$")).isEmpty();
        assertThat(analyst.request().get("/pick/sources").jsonPath().getList("$")).hasSizeLessThanOrEqualTo(20);
        assertThat(analyst.request().get("/pick/passwords?q=a").statusCode()).isEqualTo(404);

        assertThat(WebSession.signIn("reader").request().get("/pick/labs?q=twin").statusCode()).isEqualTo(403);
    }

    @Test
    void aTypedNameOrAddressIsReadAsTheRecordItNames() {
        Response saved = WebSession.signIn("analyst").post("/new/valuations", "lab", "PK lab", "asOf", "2031-04-01",
                "value", "4B", "basis", "ESTIMATE", "citations", "https://pktimes.example/2031/04/story");
        assertThat(saved.statusCode()).as(saved.asString()).isEqualTo(303);
        String stored = asAnalyst().get("/api/valuations?lab=pk-lab").asString();
        assertThat(stored).contains("2031-04-01").contains("pk-times-story");
    }

    @Test
    void anAmbiguousNameIsRefusedNamingWhatItCouldMean() {
        Response refused = WebSession.signIn("analyst").post("/new/valuations", "lab", "Pk Twin", "asOf", "2031-05-01",
                "value", "4B", "basis", "ESTIMATE", "citations", "cnbc-karpathy-anthropic");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.asString()).contains("&quot;Pk Twin&quot; could be any of pk-twin-a, pk-twin-b;")
                .contains("value=\"Pk Twin\" data-pick=\"labs\"");
        assertThat(asAnalyst().get("/api/valuations?lab=pk-twin-a").asString()).doesNotContain("2031-05-01");
    }

    private static long firstValuation() {
        return asAnalyst().get("/api/valuations?lab=pk-lab").jsonPath().getLong("items[0].id");
    }
}

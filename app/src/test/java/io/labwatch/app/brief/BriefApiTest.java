package io.labwatch.app.brief;

import static io.labwatch.app.TestUsers.asAnalyst;
import static io.labwatch.app.TestUsers.asReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.labwatch.app.WebSession;
import io.labwatch.app.contract.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BriefApiTest {

    private static final String REQUEST = """
            {"audience": "ENTERPRISE_BUYER", "labs": ["anthropic"], "from": "2026-05-01", "to": "2026-05-31", "asOf": "2026-05-31"}""";

    @Test
    void formatsAreNegotiated() {
        asAnalyst().contentType(ContentType.JSON).accept("text/markdown").body(REQUEST).post("/api/briefs").then().statusCode(200)
                .contentType(containsString("text/markdown")).body(containsString("# Anthropic — a brief for enterprise buyers, May 2026"));
        asAnalyst().contentType(ContentType.JSON).body(REQUEST).post("/api/briefs").then().statusCode(200)
                .contentType(containsString("application/json")).body("talentMoves.person", hasItem("Andrej Karpathy"));
        byte[] pdf = asAnalyst().contentType(ContentType.JSON).body(REQUEST).post("/api/briefs?format=pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        asAnalyst().contentType(ContentType.JSON).body(REQUEST).post("/api/briefs?format=html").then().statusCode(200)
                .body(containsString("<h2>Why this matters for enterprise buyers</h2>"));
        // one address per document, for clients that want the file whatever they accept
        asReader().contentType(ContentType.JSON).body(REQUEST).post("/api/brief-documents/markdown").then().statusCode(200)
                .contentType(containsString("text/markdown")).body(containsString("# Anthropic — a brief for enterprise buyers, May 2026"));
        asReader().contentType(ContentType.JSON).body(REQUEST).post("/api/brief-documents/csv").then().statusCode(200)
                .contentType(containsString("text/csv")).body(org.hamcrest.Matchers.startsWith("key,date,date_precision,certainty"));
    }

    @Test
    @SendsInvalidRequests("brief requests with bad values")
    void badRequestsNameTheField() {
        asAnalyst().contentType(ContentType.JSON).body(REQUEST.replace("ENTERPRISE_BUYER", "JOURNALIST")).post("/api/briefs").then()
                .statusCode(400).body("errors[0].field", equalTo("audience"));
        asAnalyst().contentType(ContentType.JSON).body(REQUEST.replace("\"anthropic\"", "\"atlantis\"")).post("/api/briefs").then()
                .statusCode(422).body("errors[0].field", equalTo("labs"));
        asAnalyst().contentType(ContentType.JSON).body(REQUEST.replace("\"to\": \"2026-05-31\"", "\"to\": \"2026-04-01\"")).post("/api/briefs")
                .then().statusCode(422).body("errors[0].field", equalTo("to"));
        asAnalyst().contentType(ContentType.JSON).body(REQUEST).post("/api/briefs?format=docx").then().statusCode(422)
                .body("errors[0].field", equalTo("format"));
    }

    @Test
    void publishedBriefsAreStoredAndShowWhatChanged() {
        String request = """
                {"audience": "COMPETITOR", "labs": ["openai"], "from": "2026-01-01", "to": "2026-12-31", "asOf": "2026-12-31"}""";
        int revised = hire(person("Revised Hire"), "2026-07-01");
        int denied = hire(person("Denied Hire"), "2026-08-01");
        int replaced = hire(person("Replaced Hire"), "2026-08-15");
        int first = asAnalyst().contentType(ContentType.JSON).body(request).post("/api/briefs/published").then().statusCode(201)
                .extract().path("id");
        String md = asAnalyst().get("/api/briefs/" + first + "?format=md").then().statusCode(200).extract().asString();
        assertThat(md).isEqualTo(asAnalyst().contentType(ContentType.JSON).accept("text/markdown").body(request).post("/api/briefs")
                .then().extract().asString());

        asAnalyst().contentType(ContentType.JSON).body("""
                {"person": "chris-rohlf", "fromLab": "anthropic", "toLab": "openai", "kind": "JOINED", "announcedOn": "2026-09-01",
                 "seniority": "SENIOR", "citations": [{"source": "techcrunch-karpathy-anthropic"}]}""").post("/api/hires").then().statusCode(201);
        // an edit and a denial of facts the first brief stated
        revise("/api/hires/" + revised, "{\"role\": \"Head of compute strategy\"}");
        revise("/api/hires/" + denied, "{\"status\": \"DENIED\", \"statusReason\": \"OpenAI denied the report\"}");
        int successor = hire(person("Successor Hire"), "2026-08-16");
        revise("/api/hires/" + replaced, "{\"status\": \"SUPERSEDED\", \"supersededBy\": \"hires/" + successor + "\"}");
        int second = asAnalyst().contentType(ContentType.JSON).body(request).post("/api/briefs/published").then().statusCode(201)
                .extract().path("id");

        asAnalyst().get("/api/briefs/" + second + "/changes").then().statusCode(200)
                .body("previousId", equalTo(first))
                .body("added.statement", hasItem(containsString("Chris Rohlf joined OpenAI from Anthropic")))
                .body("changed.find { it.key == 'hire:" + revised + "' }.before", containsString("Member of technical staff"))
                .body("changed.find { it.key == 'hire:" + revised + "' }.after", containsString("Head of compute strategy"))
                .body("removed.find { it.key == 'hire:" + denied + "' }.reason", equalTo("denied: OpenAI denied the report"))
                .body("removed.find { it.key == 'hire:" + replaced + "' }.reason", equalTo("superseded by hire " + successor))
                .body("added.statement", hasItem(containsString("Successor Hire joined OpenAI")));
        asAnalyst().get("/briefs/published/" + second).then().statusCode(200)
                .body(containsString("(denied: OpenAI denied the report)"), containsString("Head of compute strategy"));
        asAnalyst().get("/api/briefs").then().statusCode(200).body("items.id", hasItem(second));
        asAnalyst().get("/api/briefs/999999?format=md").then().statusCode(404);
        byte[] pdf = asAnalyst().get("/api/briefs/" + second + "?format=pdf").then().statusCode(200).extract().asByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    }

    private static String person(String name) {
        String slug = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "-" + System.nanoTime();
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"" + slug + "\", \"name\": \"" + name + "\"}").post("/api/people")
                .then().statusCode(201);
        return slug;
    }

    private static int hire(String person, String on) {
        return asAnalyst().contentType(ContentType.JSON).body("""
                {"person": "%s", "toLab": "openai", "kind": "JOINED", "announcedOn": "%s", "role": "Member of technical staff",
                 "seniority": "SENIOR", "citations": [{"source": "techcrunch-karpathy-anthropic"}]}""".formatted(person, on))
                .post("/api/hires").then().statusCode(201).extract().path("id");
    }

    private static void revise(String path, String json) {
        String version = asAnalyst().get(path).then().statusCode(200).extract().header("ETag");
        asAnalyst().contentType("application/merge-patch+json").header("If-Match", version).body(json).patch(path).then().statusCode(200);
    }

    @Test
    void briefsPageBuildsPreviewsAndShowsFormErrors() {
        asAnalyst().get("/briefs?audience=INVESTOR&labs=anthropic&from=2026-05-01&to=2026-05-31&asOf=2026-05-31").then().statusCode(200)
                .body(containsString("Preview"), containsString("format=pdf"));
        asAnalyst().get("/briefs?audience=INVESTOR&labs=anthropic&from=someday&to=2026-05-31&asOf=2026-05-31").then().statusCode(400)
                .body(containsString("From: must be a date (YYYY-MM-DD)"), containsString("value=\"someday\""));
        asAnalyst().get("/briefs/view?audience=REGULATOR&labs=anthropic&from=2026-05-01&to=2026-05-31&asOf=2026-05-31&format=html")
                .then().statusCode(200).contentType(containsString("text/html")).body(containsString("Why this matters for regulators"));
        WebSession browser = WebSession.signIn("analyst");
        browser.request().contentType(ContentType.URLENC).formParam("audience", "INVESTOR").post("/briefs/publish").then().statusCode(403);
        browser.post("/briefs/publish", "audience", "INVESTOR", "labs", "anthropic", "from", "2026-05-01", "to", "2026-05-31", "asOf", "2026-05-31")
                .then().statusCode(303).header("Location", containsString("/briefs/published/"));
        asAnalyst().get("/briefs/view?audience=INVESTOR&from=x&to=y&asOf=z").then().statusCode(422).contentType(containsString("text/html"))
                .body(containsString("must be a date"));
    }
}

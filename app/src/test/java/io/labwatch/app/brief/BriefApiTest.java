package io.labwatch.app.brief;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BriefApiTest {

    private static final String REQUEST = """
            {"audience": "ENTERPRISE_BUYER", "labs": ["anthropic"], "from": "2026-05-01", "to": "2026-05-31", "asOf": "2026-05-31"}""";

    @Test
    void formatsAreNegotiated() {
        given().contentType(ContentType.JSON).accept("text/markdown").body(REQUEST).post("/api/briefs").then().statusCode(200)
                .contentType(containsString("text/markdown")).body(containsString("# Anthropic: May 2026 brief for enterprise buyers"));
        given().contentType(ContentType.JSON).body(REQUEST).post("/api/briefs").then().statusCode(200)
                .contentType(containsString("application/json")).body("talentMoves.person", hasItem("Andrej Karpathy"));
        byte[] pdf = given().contentType(ContentType.JSON).body(REQUEST).post("/api/briefs?format=pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        given().contentType(ContentType.JSON).body(REQUEST).post("/api/briefs?format=html").then().statusCode(200)
                .body(containsString("<h2>Why this matters for enterprise buyers</h2>"));
    }

    @Test
    void badRequestsNameTheField() {
        given().contentType(ContentType.JSON).body(REQUEST.replace("ENTERPRISE_BUYER", "JOURNALIST")).post("/api/briefs").then()
                .statusCode(400).body("errors[0].field", equalTo("audience"));
        given().contentType(ContentType.JSON).body(REQUEST.replace("\"anthropic\"", "\"atlantis\"")).post("/api/briefs").then()
                .statusCode(422).body("errors[0].field", equalTo("labs"));
        given().contentType(ContentType.JSON).body(REQUEST.replace("\"to\": \"2026-05-31\"", "\"to\": \"2026-04-01\"")).post("/api/briefs")
                .then().statusCode(422).body("errors[0].field", equalTo("to"));
        given().contentType(ContentType.JSON).body(REQUEST).post("/api/briefs?format=docx").then().statusCode(422)
                .body("errors[0].field", equalTo("format"));
    }

    @Test
    void publishedBriefsAreStoredAndShowWhatChanged() {
        String request = """
                {"audience": "COMPETITOR", "labs": ["openai"], "from": "2026-01-01", "to": "2026-12-31", "asOf": "2026-12-31"}""";
        int first = given().contentType(ContentType.JSON).body(request).post("/api/briefs/published").then().statusCode(201)
                .extract().path("id");
        String md = given().get("/api/briefs/" + first + "?format=md").then().statusCode(200).extract().asString();
        assertThat(md).isEqualTo(given().contentType(ContentType.JSON).accept("text/markdown").body(request).post("/api/briefs")
                .then().extract().asString());

        given().contentType(ContentType.JSON).body("""
                {"person": "chris-rohlf", "fromLab": "anthropic", "toLab": "openai", "kind": "JOINED", "announcedOn": "2026-09-01",
                 "seniority": "SENIOR", "citations": [{"source": "techcrunch-karpathy-anthropic"}]}""").post("/api/hires").then().statusCode(201);
        int second = given().contentType(ContentType.JSON).body(request).post("/api/briefs/published").then().statusCode(201)
                .extract().path("id");

        given().get("/api/briefs/" + second + "/changes").then().statusCode(200)
                .body("previousId", equalTo(first))
                .body("added.statement", hasItem(containsString("Chris Rohlf joined OpenAI from Anthropic")));
        given().get("/api/briefs").then().statusCode(200).body("id", hasItem(second));
        given().get("/api/briefs/999999?format=md").then().statusCode(404);
        byte[] pdf = given().get("/api/briefs/" + second + "?format=pdf").then().statusCode(200).extract().asByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void briefsPageBuildsPreviewsAndShowsFormErrors() {
        given().get("/briefs?audience=INVESTOR&labs=anthropic&from=2026-05-01&to=2026-05-31&asOf=2026-05-31").then().statusCode(200)
                .body(containsString("Preview"), containsString("format=pdf"));
        given().get("/briefs?audience=INVESTOR&labs=anthropic&from=someday&to=2026-05-31&asOf=2026-05-31").then().statusCode(400)
                .body(containsString("From: must be a date (YYYY-MM-DD)"), containsString("value=\"someday\""));
        given().get("/briefs/view?audience=REGULATOR&labs=anthropic&from=2026-05-01&to=2026-05-31&asOf=2026-05-31&format=html")
                .then().statusCode(200).contentType(containsString("text/html")).body(containsString("Why this matters for regulators"));
        var page = given().get("/briefs?audience=INVESTOR&labs=anthropic&from=2026-05-01&to=2026-05-31&asOf=2026-05-31");
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        given().redirects().follow(false).contentType(ContentType.URLENC).formParam("audience", "INVESTOR")
                .post("/briefs/publish").then().statusCode(400);
        given().redirects().follow(false).contentType(ContentType.URLENC).cookie("csrf-token", page.cookie("csrf-token"))
                .formParam("csrf-token", token).formParam("audience", "INVESTOR").formParam("labs", "anthropic").formParam("from", "2026-05-01")
                .formParam("to", "2026-05-31").formParam("asOf", "2026-05-31")
                .post("/briefs/publish").then().statusCode(303).header("Location", containsString("/briefs/published/"));
        given().get("/briefs/view?audience=INVESTOR&from=x&to=y&asOf=z").then().statusCode(422).contentType(containsString("text/html"))
                .body(containsString("must be a date"));
    }
}

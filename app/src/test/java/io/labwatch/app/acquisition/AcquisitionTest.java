package io.labwatch.app.acquisition;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An acquisition, a kind added as one package and a migration: cited and graded like every fact, in the API with its
 * filters, import and export (JSON and CSV), both labs' profiles and timelines, feeds, search, history, time travel and
 * briefs, with its rules refused in words.
 */
@QuarkusTest
class AcquisitionTest {

    private static final String CITE = "\"certainty\": \"REPORTED\", \"citations\": [{\"source\": \"business20-karpathy-anthropic\"}]";

    @BeforeEach
    void labs() {
        for (String lab : List.of("buyer-co", "bought-co")) {
            asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"" + lab + "\", \"name\": \"" + (lab.equals("buyer-co") ? "Buyer Co" : "Bought Co")
                    + "\", \"kind\": \"AI_STARTUP\"}").post("/api/labs").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        }
    }

    @Test
    void anAcquisitionIsAFactOfBothLabs() {
        Instant before = Instant.now();
        int id = asAnalyst().contentType(ContentType.JSON).body("{\"acquirer\": \"buyer-co\", \"target\": \"bought-co\", \"announcedOn\": \"2037-03-02\","
                        + " \"closedOn\": \"2037-04-15\", \"dealStatus\": \"CLOSED\", \"price\": 500000000, \"priceLow\": 400000000, \"priceHigh\": 600000000,"
                        + " \"currency\": \"EUR\", \"usdRate\": 1.1, \"rateOn\": \"2037-03-02\", \"consideration\": \"cash and stock\","
                        + " \"acquiHire\": true, \"description\": \"A quokka-vision team folds into the buyer.\", " + CITE + "}")
                .post("/api/acquisitions").then().log().ifValidationFails().statusCode(201)
                .body("priceLow", equalTo(400000000)).body("dealStatus", equalTo("CLOSED")).extract().path("id");

        String summary = "Buyer Co acquired Bought Co (for about €500M (€400M–600M) (≈ $550M) in cash and stock; an acqui-hire; closed 15 April 2037)";
        asAnalyst().get("/api/labs/bought-co/timeline?kind=ACQUISITION").then().statusCode(200).body("items.summary", hasItem(summary));
        asAnalyst().get("/api/labs/buyer-co/timeline?kind=ACQUISITION").then().statusCode(200).body("items.summary", hasItem(summary));
        // the target's profile shows it was acquired, and by whom
        asAnalyst().get("/labs/bought-co").then().statusCode(200).body(containsString("Acquisitions"), containsString(summary));
        asAnalyst().get("/feeds/labs/bought-co.atom").then().statusCode(200).body(containsString("Buyer Co acquired Bought Co"));
        asAnalyst().get("/api/acquisitions?target=bought-co&dealStatus=CLOSED").then().statusCode(200).body("items.id", hasItem(id));
        asAnalyst().get("/api/acquisitions?lab=bought-co").then().statusCode(200).body("items.id", hasItem(id));
        asAnalyst().get("/api/search?q=quokka&kind=acquisitions").then().statusCode(200).body("items.title", hasItem("acquisition: Bought Co"));
        asAnalyst().get("/api/history/acquisitions/" + id).then().statusCode(200).body("items.action", hasItem("CREATE"));
        asAnalyst().get("/api/labs/bought-co/timeline?kind=ACQUISITION&asOf=" + before).then().statusCode(200)
                .body("items.summary", not(hasItem(summary)));
        // the form knows the kind's fields from its entity: the acquirer and the target are choices of labs, the description a text area
        asAnalyst().get("/edit/acquisitions/" + id).then().statusCode(200).body(containsString("name=\"dealStatus\""),
                containsString("<option value=\"true\" selected>Yes</option>"), containsString("<select id=\"field-acquirer\""),
                containsString("<select id=\"field-target\""), containsString("<option value=\"bought-co\" selected>Bought Co</option>"),
                containsString("<textarea id=\"field-description\""));
        String brief = asAnalyst().contentType(ContentType.JSON).body("{\"audience\": \"INVESTOR\", \"labs\": [\"bought-co\"], "
                + "\"from\": \"2037-03-01\", \"to\": \"2037-03-31\", \"asOf\": \"" + java.time.LocalDate.now() + "\"}")
                .post("/api/briefs?format=md").then().statusCode(200).extract().asString();
        assertThat(brief).contains("## Other developments").contains("Buyer Co acquired Bought Co");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> exported = (List<Map<String, Object>>) asAnalyst().get("/api/export").then().statusCode(200).extract()
                .as(Map.class).get("acquisitions");
        assertThat(exported).anySatisfy(a -> assertThat(a).containsEntry("target", "bought-co").containsEntry("consideration", "cash and stock"));
        asAnalyst().contentType(ContentType.JSON).body(Map.of("acquisitions", exported)).post("/api/import").then().statusCode(200)
                .body("unchanged.acquisitions", equalTo(exported.size()));
        asAnalyst().contentType("text/csv").body("acquirer,target,announcedOn,dealStatus,stakePercent,citations\n"
                        + "buyer-co,bought-co,2037-06-01,RUMOURED,12.5,business20-karpathy-anthropic\n")
                .post("/api/import/acquisitions").then().statusCode(200).body("created.acquisitions", equalTo(1));
        asAnalyst().get("/api/labs/bought-co/timeline?kind=ACQUISITION").then().statusCode(200)
                .body("items.summary", hasItem("Buyer Co was reported to be in talks to acquire 12.5% of Bought Co"));
    }

    @Test
    void theRulesOfADealAreRefusedInWords() {
        asAnalyst().contentType(ContentType.JSON).body("{\"acquirer\": \"buyer-co\", \"target\": \"buyer-co\", \"announcedOn\": \"2037-05-02\","
                        + " \"closedOn\": \"2037-05-01\", \"dealStatus\": \"ANNOUNCED\", \"priceLow\": 1000, \"stakePercent\": 120, " + CITE + "}")
                .post("/api/acquisitions").then().statusCode(422)
                .body("errors.field", hasItem("target")).body("errors.field", hasItem("closedOn")).body("errors.field", hasItem("price"))
                .body("errors.field", hasItem("stakePercent"))
                .body("errors.message", hasItem("is only for a closed deal (this one is announced)"));
        asAnalyst().contentType(ContentType.JSON).body("{\"acquirer\": \"buyer-co\", \"target\": \"bought-co\", \"announcedOn\": \"2037-05-02\"}")
                .post("/api/acquisitions").then().statusCode(422).body("errors.field", hasItem("citations"));
    }

    @Test
    void thePeopleWhoMovedWithAnAcquisitionAreNamedWithIt() {
        asAnalyst().contentType(ContentType.JSON).body("{\"acquirer\": \"buyer-co\", \"target\": \"bought-co\", \"announcedOn\": \"2037-09-01\","
                + " \"acquiHire\": true, " + CITE + "}").post("/api/acquisitions").then().statusCode(201);
        int deal = asAnalyst().get("/api/acquisitions?acquirer=buyer-co&from=2037-09-01&to=2037-09-01").then().statusCode(200).extract().path("items[0].id");
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"moved-founder\", \"name\": \"Mo Ved\"}").post("/api/people").then()
                .statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        asAnalyst().contentType(ContentType.JSON).body("{\"person\": \"moved-founder\", \"fromLab\": \"bought-co\", \"toLab\": \"buyer-co\","
                        + " \"kind\": \"JOINED\", \"role\": \"Head of SDKs\", \"announcedOn\": \"2037-09-01\", \"seniority\": \"SENIOR\","
                        + " \"acquisitionOn\": \"2037-09-01\", " + CITE + "}")
                .post("/api/hires").then().log().ifValidationFails().statusCode(201).body("acquisitionOn", equalTo("2037-09-01"));
        asAnalyst().get("/api/labs/buyer-co/timeline?kind=HIRE_IN").then().statusCode(200)
                .body("items.summary", hasItem("Mo Ved joined Buyer Co from Bought Co as Head of SDKs, with the acquisition of Bought Co"));
        asAnalyst().get("/api/hires?acquisition=" + deal).then().statusCode(200).body("total", equalTo(1));
        // the link survives an export into another database: it names the deal by its labs and day, not by id
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> hires = (List<Map<String, Object>>) asAnalyst().get("/api/export").then().statusCode(200).extract()
                .as(Map.class).get("hires");
        assertThat(hires).anyMatch(h -> "moved-founder".equals(h.get("person")) && "2037-09-01".equals(h.get("acquisitionOn")));

        // who moves with an acquisition goes from the company bought to the buyer; a deal people moved with stays
        asAnalyst().contentType(ContentType.JSON).body("{\"person\": \"moved-founder\", \"fromLab\": \"buyer-co\", \"toLab\": \"bought-co\","
                        + " \"kind\": \"JOINED\", \"announcedOn\": \"2037-10-01\", \"seniority\": \"SENIOR\", \"acquisitionOn\": \"2037-09-01\", " + CITE + "}")
                .post("/api/hires").then().statusCode(422).body("errors.field", hasItem("acquisitionOn"))
                .body("errors.message", hasItem("no acquisition of Buyer Co by Bought Co announced on 2037-09-01"));
        asAnalyst().contentType(ContentType.JSON).body("{\"person\": \"moved-founder\", \"toLab\": \"buyer-co\", \"kind\": \"JOINED\","
                        + " \"announcedOn\": \"2037-10-01\", \"seniority\": \"SENIOR\", \"acquisitionOn\": \"2037-09-01\", " + CITE + "}")
                .post("/api/hires").then().statusCode(422)
                .body("errors.message", hasItem("give fromLab (the company acquired) and toLab (the acquirer) too"));
        long version = asAnalyst().get("/api/acquisitions/" + deal).then().extract().jsonPath().getLong("version");
        asAnalyst().header("If-Match", "\"" + version + "\"").delete("/api/acquisitions/" + deal).then().statusCode(409)
                .body("detail", containsString("1 talent move names it as the acquisition the person moved with"));
    }
}

package io.labwatch.app.partnership;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A partnership, a kind added as one package and a migration: two parties in their roles, its type, committed value,
 * term and exclusivity, on both parties' profiles and timelines, in the API with its filters, import and export,
 * search and briefs, with its rules refused in words.
 */
@QuarkusTest
class PartnershipTest {

    private static final String CITE = "\"certainty\": \"CONFIRMED\", \"citations\": [{\"source\": \"business20-karpathy-anthropic\"}]";

    @BeforeEach
    void labs() {
        for (String lab : List.of("pact-maker", "pact-seller")) {
            asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"" + lab + "\", \"name\": \"" + (lab.equals("pact-maker") ? "Pact Maker" : "Pact Seller")
                    + "\", \"kind\": \"AI_STARTUP\"}").post("/api/labs").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        }
    }

    @Test
    void aPartnershipIsAFactOfBothParties() {
        int id = asAnalyst().contentType(ContentType.JSON).body("{\"lab\": \"pact-maker\", \"labRole\": \"PROVIDER\", \"partner\": \"pact-seller\","
                        + " \"partnerRole\": \"DISTRIBUTOR\", \"type\": \"DISTRIBUTION\", \"announcedOn\": \"2038-02-10\", \"startsOn\": \"2038-03-01\","
                        + " \"endsOn\": \"2041-02-28\", \"committedValue\": 2000000000, \"exclusive\": true, \"dealStatus\": \"ACTIVE\","
                        + " \"description\": \"Wombat models sold on premises.\", " + CITE + "}")
                .post("/api/partnerships").then().log().ifValidationFails().statusCode(201).body("type", equalTo("DISTRIBUTION"))
                .body("exclusive", equalTo(true)).extract().path("id");

        String summary = "Pact Maker entered a distribution partnership with Pact Seller (Pact Maker as provider, Pact Seller as distributor;"
                + " $2B committed; exclusive; 1 March 2038 to 28 February 2041)";
        asAnalyst().get("/api/labs/pact-seller/timeline?kind=PARTNERSHIP").then().statusCode(200).body("items.summary", hasItem(summary));
        asAnalyst().get("/labs/pact-maker").then().statusCode(200).body(containsString("Partnerships"), containsString(summary));
        asAnalyst().get("/labs/pact-seller").then().statusCode(200).body(containsString(summary));
        asAnalyst().get("/api/partnerships?lab=pact-seller&type=DISTRIBUTION").then().statusCode(200).body("items.id", hasItem(id));
        asAnalyst().get("/api/search?q=wombat&kind=partnerships").then().statusCode(200)
                .body("items.title", hasItem("partnership: Pact Maker and Pact Seller"));
        String brief = asAnalyst().contentType(ContentType.JSON).body("{\"audience\": \"ENTERPRISE_BUYER\", \"labs\": [\"pact-maker\"], "
                + "\"from\": \"2038-02-01\", \"to\": \"2038-02-28\", \"asOf\": \"" + java.time.LocalDate.now() + "\"}")
                .post("/api/briefs?format=md").then().statusCode(200).extract().asString();
        assertThat(brief).contains("Pact Maker entered a distribution partnership with Pact Seller");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> exported = (List<Map<String, Object>>) asAnalyst().get("/api/export").then().statusCode(200).extract()
                .as(Map.class).get("partnerships");
        asAnalyst().contentType(ContentType.JSON).body(Map.of("partnerships", exported)).post("/api/import").then().statusCode(200)
                .body("unchanged.partnerships", equalTo(exported.size()));
        asAnalyst().contentType("text/csv").body("lab,partner,type,announcedOn,dealStatus,citations\n"
                        + "pact-maker,pact-seller,CHIPS,2038-05-01,RUMOURED,business20-karpathy-anthropic\n")
                .post("/api/import/partnerships").then().statusCode(200).body("created.partnerships", equalTo(1));
        asAnalyst().get("/api/labs/pact-maker/timeline?kind=PARTNERSHIP").then().statusCode(200)
                .body("items.summary", hasItem("Pact Maker was reported to be in talks on a chips partnership with Pact Seller"));
    }

    @Test
    void aPartnershipMayPointAtTheDataCenterItConcerns() {
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"pact-campus\", \"name\": \"Pact Campus\", \"operator\": \"pact-maker\"}")
                .post("/api/data-centers").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        asAnalyst().contentType(ContentType.JSON).body("{\"lab\": \"pact-maker\", \"partner\": \"pact-seller\", \"type\": \"POWER\","
                        + " \"partnerRole\": \"PROVIDER\", \"dataCenter\": \"pact-campus\", \"announcedOn\": \"2038-06-01\", " + CITE + "}")
                .post("/api/partnerships").then().log().ifValidationFails().statusCode(201).body("dataCenter", equalTo("pact-campus"));
        asAnalyst().get("/api/partnerships?dataCenter=pact-campus").then().statusCode(200).body("total", equalTo(1));
        asAnalyst().get("/api/labs/pact-maker/timeline?kind=PARTNERSHIP").then().statusCode(200)
                .body("items.summary", hasItem(containsString("announced a power partnership with Pact Seller at Pact Campus")));
        long version = asAnalyst().get("/api/data-centers/pact-campus").then().extract().jsonPath().getLong("version");
        asAnalyst().header("If-Match", "\"" + version + "\"").delete("/api/data-centers/pact-campus").then().statusCode(409)
                .body("detail", containsString("1 partnership points at it"));
        asAnalyst().contentType(ContentType.JSON).body("{\"lab\": \"pact-maker\", \"partner\": \"pact-seller\", \"type\": \"CHIPS\","
                        + " \"dataCenter\": \"no-such-campus\", \"announcedOn\": \"2038-06-02\", " + CITE + "}")
                .post("/api/partnerships").then().statusCode(422).body("errors.message", hasItem("no data center with slug 'no-such-campus'"));
    }

    @Test
    void theRulesOfAnAgreementAreRefusedInWords() {
        asAnalyst().contentType(ContentType.JSON).body("{\"lab\": \"pact-maker\", \"partner\": \"pact-maker\", \"type\": \"POWER\","
                        + " \"announcedOn\": \"2038-02-10\", \"startsOn\": \"2038-03-01\", \"endsOn\": \"2038-01-01\", \"committedValue\": 0, " + CITE + "}")
                .post("/api/partnerships").then().statusCode(422)
                .body("errors.field", hasItem("partner")).body("errors.field", hasItem("endsOn")).body("errors.field", hasItem("committedValue"))
                .body("errors.message", hasItem("must differ from the lab"));
        asAnalyst().contentType(ContentType.JSON).body("{\"lab\": \"pact-maker\", \"partner\": \"pact-seller\", \"announcedOn\": \"2038-02-10\", " + CITE + "}")
                .post("/api/partnerships").then().statusCode(422).body("errors.field", hasItem("type"));
    }
}

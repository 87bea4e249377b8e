package io.labwatch.app.api;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.labwatch.app.contract.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Bad requests get a precise 4xx problem naming the field, and write nothing. */
@SendsInvalidRequests("malformed and incomplete bodies, to check every error is named")
@QuarkusTest
class ApiErrorsTest {

    private static final String PROBLEM = "application/problem+json";

    private static String hire(String extra) {
        return "{\"person\": \"ross-nordeen\", \"toLab\": \"openai\", \"kind\": \"JOINED\", \"announcedOn\": \"2026-07-01\", "
                + "\"seniority\": \"SENIOR\", \"citations\": [{\"source\": \"cnbc-karpathy-anthropic\"}]" + extra + "}";
    }

    @Test
    void unknownReferencedSlugsAreNamed() {
        asAnalyst().contentType(ContentType.JSON).body(hire(", \"fromLab\": \"no-such-lab\", \"reportsTo\": \"nobody\""))
                .post("/api/hires").then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItems("fromLab", "reportsTo"))
                .body("errors.message", hasItem("no lab with slug, name, alias, Wikidata id, Epoch AI name or website domain 'no-such-lab'"));
        asAnalyst().contentType(ContentType.JSON)
                .body("{\"person\": \"ross-nordeen\", \"toLab\": \"openai\", \"kind\": \"JOINED\", \"announcedOn\": \"2026-07-01\", "
                        + "\"seniority\": \"SENIOR\", \"citations\": [{\"source\": \"no-such-source\"}]}")
                .post("/api/hires").then().statusCode(422).body("errors[0].field", equalTo("citations[0].source"));
    }

    @Test
    void missingRequiredFieldsAreAllListed() {
        asAnalyst().contentType(ContentType.JSON).body("{\"citations\": [{\"source\": \"cnbc-karpathy-anthropic\"}]}")
                .post("/api/hires").then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItems("person", "kind", "announcedOn", "seniority"));
        asAnalyst().contentType(ContentType.JSON).post("/api/hires").then().statusCode(422).body("errors[0].field", equalTo("body"));
    }

    @Test
    void outOfRangeAmountsAreRejected() {
        String round = "{\"lab\": \"openai\", \"name\": \"Huge\", \"announcedOn\": \"2026-01-01\", \"amountRaised\": %s, "
                + "\"citations\": [{\"source\": \"cnbc-karpathy-anthropic\"}]}";
        asAnalyst().contentType(ContentType.JSON).body(round.formatted("1e30")).post("/api/funding-rounds").then().statusCode(422)
                .body("errors.field", hasItem("amountRaised"));
        asAnalyst().contentType(ContentType.JSON).body(round.formatted("-5")).post("/api/funding-rounds").then().statusCode(422)
                .body("errors.field", hasItem("amountRaised"));
        asAnalyst().get("/api/funding-rounds?lab=openai&size=100").then().statusCode(200)
                .body("items.name", org.hamcrest.Matchers.not(hasItem("Huge")));
    }

    @Test
    void domainRulesAreEnforced() {
        asAnalyst().contentType(ContentType.JSON).body(hire(", \"fromLab\": \"openai\"")).post("/api/hires").then().statusCode(422)
                .body("errors.field", hasItem("toLab"));
        asAnalyst().contentType(ContentType.JSON)
                .body("{\"lab\": \"openai\", \"name\": \"Backwards\", \"announcedOn\": \"2026-05-01\", \"closedOn\": \"2026-04-01\", "
                        + "\"citations\": [{\"source\": \"cnbc-karpathy-anthropic\"}]}")
                .post("/api/funding-rounds").then().statusCode(422).body("errors.field", hasItem("closedOn"));
        asAnalyst().contentType(ContentType.JSON)
                .body("{\"buyer\": \"openai\", \"provider\": \"openai\", \"announcedOn\": \"2026-05-01\", "
                        + "\"citations\": [{\"source\": \"cnbc-karpathy-anthropic\"}]}")
                .post("/api/compute-deals").then().statusCode(422).body("errors.field", hasItem("provider"));
        asAnalyst().contentType(ContentType.JSON)
                .body("{\"slug\": \"bad-url\", \"outlet\": \"X\", \"headline\": \"Y\", \"url\": \"javascript:alert(1)\"}")
                .post("/api/sources").then().statusCode(422).body("errors.field", hasItem("url"));
    }

    @Test
    void wrongTypesAndUnknownFieldsAreMalformed() {
        asAnalyst().contentType(ContentType.JSON).body(hire(", \"announcedOn\": 5")).post("/api/hires").then().statusCode(400);
        asAnalyst().contentType(ContentType.JSON).body(hire(", \"salary\": 5")).post("/api/hires").then().statusCode(400)
                .body("errors[0].field", equalTo("salary"));
        asAnalyst().contentType(ContentType.JSON).body(hire("").replace("\"SENIOR\"", "\"INTERN\"")).post("/api/hires").then()
                .statusCode(400).body("errors[0].field", equalTo("seniority"));
    }

    @Test
    void unknownFiltersAndValuesGive400NotAnEmptyList() {
        asAnalyst().get("/api/hires?kind=HIRED").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("kind")).body("errors[0].message", containsString("JOINED"));
        asAnalyst().get("/api/hires?lab=atlantis").then().statusCode(400).body("errors[0].message", equalTo("no lab with slug 'atlantis'"));
        asAnalyst().get("/api/hires?colour=red").then().statusCode(400).body("errors[0].field", equalTo("colour"));
        asAnalyst().get("/api/hires?size=1000").then().statusCode(400).body("errors[0].field", equalTo("size"));
        asAnalyst().get("/api/hires?page=zero").then().statusCode(400).body("errors[0].field", equalTo("page"));
        asAnalyst().get("/api/hires?sort=salary").then().statusCode(400).body("errors[0].field", equalTo("sort"));
        asAnalyst().get("/api/hires?from=yesterday").then().statusCode(400).body("errors[0].field", equalTo("from"));
        asAnalyst().get("/api/labs/anthropic/timeline?kind=PARTY").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        asAnalyst().get("/api/search").then().statusCode(400).body("errors[0].field", equalTo("q"));
    }

    @Test
    void paginationCarriesTotalsAndLinks() {
        asAnalyst().get("/api/hires?size=2&page=2&sort=announcedOn").then().statusCode(200)
                .header("Link", containsString("rel=\"next\""))
                .header("X-Total-Count", org.hamcrest.Matchers.notNullValue())
                .body("page", equalTo(2)).body("size", equalTo(2)).body("items.size()", equalTo(2));
    }
}

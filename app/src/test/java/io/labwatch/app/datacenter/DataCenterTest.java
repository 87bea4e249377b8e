package io.labwatch.app.datacenter;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * Data centers are records compute deals point at: a lab's profile lists the ones it operates and the ones it rents
 * in, each once however many deals reach it, marked shared where other labs use it; one that deals point at stays.
 */
@QuarkusTest
class DataCenterTest {

    private static final String CITE = "\"certainty\": \"REPORTED\", \"citations\": [{\"source\": \"business20-karpathy-anthropic\"}]";

    private static void lab(String slug, String name, String kind) {
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"" + slug + "\", \"name\": \"" + name + "\", \"kind\": \"" + kind + "\"}")
                .post("/api/labs").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
    }

    @Test
    void aLabSeesTheDataCentersItOperatesAndRentsInOnce() {
        lab("dc-operator", "Dc Operator", "FRONTIER_LAB");
        lab("dc-renter", "Dc Renter", "AI_STARTUP");
        lab("dc-cloud", "Dc Cloud", "COMPUTE_PROVIDER");
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"dc-campus\", \"name\": \"Campus One\", \"operator\": \"dc-operator\","
                + " \"location\": \"Quokka Flats\"}").post("/api/data-centers").then().log().ifValidationFails().statusCode(201);
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"dc-cloud-site\", \"name\": \"Cloud Site\", \"operator\": \"dc-cloud\"}")
                .post("/api/data-centers").then().statusCode(201);
        for (String on : new String[] {"2039-01-05", "2039-03-05"}) {
            asAnalyst().contentType(ContentType.JSON).body("{\"buyer\": \"dc-renter\", \"provider\": \"dc-operator\", \"dataCenter\": \"dc-campus\","
                    + " \"announcedOn\": \"" + on + "\", " + CITE + "}").post("/api/compute-deals").then().statusCode(201)
                    .body("dataCenter", equalTo("dc-campus"));
        }
        asAnalyst().contentType(ContentType.JSON).body("{\"buyer\": \"dc-renter\", \"provider\": \"dc-cloud\", \"dataCenter\": \"dc-cloud-site\","
                + " \"announcedOn\": \"2039-02-01\", " + CITE + "}").post("/api/compute-deals").then().statusCode(201);

        // the capacity timeline: reports, each cited, with ranges and estimate marks; the newest current one is the latest
        asAnalyst().contentType(ContentType.JSON).body("{\"dataCenter\": \"dc-campus\", \"asOf\": \"2039-01-01\", \"stage\": \"UNDER_CONSTRUCTION\","
                + " \"powerMw\": 50, " + CITE + "}").post("/api/capacity-reports").then().log().ifValidationFails().statusCode(201);
        asAnalyst().contentType(ContentType.JSON).body("{\"dataCenter\": \"dc-campus\", \"asOf\": \"2039-06-01\", \"datePrecision\": \"MONTH\","
                + " \"stage\": \"OPERATIONAL\", \"powerMw\": 150, \"powerMwLow\": 120, \"powerMwHigh\": 180, \"accelerators\": 100000,"
                + " \"acceleratorType\": \"H100\", \"estimated\": true, \"estimateMethod\": \"from the utility's filings\", " + CITE + "}")
                .post("/api/capacity-reports").then().statusCode(201);
        String latest = "June 2039: Campus One was operational with about 150 (120–180) MW of IT power, 100K H100 (estimated)";
        asAnalyst().get("/api/labs/dc-operator/timeline?kind=CAPACITY_REPORT").then().statusCode(200)
                .body("items.summary", hasItem("Campus One was under construction with 50 MW of IT power"));
        asAnalyst().contentType(ContentType.JSON).body("{\"dataCenter\": \"dc-campus\", \"asOf\": \"2039-07-01\", \"stage\": \"OPERATIONAL\", " + CITE + "}")
                .post("/api/capacity-reports").then().statusCode(422).body("errors.field", hasItem("powerMw"));

        String renter = asAnalyst().get("/labs/dc-renter").then().statusCode(200).body(containsString("Data centers"))
                // the capacity it has access to, summed over its centers with the range carried and the silent one counted
                .body(containsString("<strong>Capacity it has access to:</strong> About 150 (120–180) MW of IT power across 2 data centers"
                        + " (includes estimates; 1 reports no figures)"))
                .body(containsString("<td>Campus One</td><td>Quokka Flats</td><td>Dc Operator</td><td>Dc Renter rents through Dc Operator</td>"
                        + "<td>shared with other labs</td><td>" + latest))
                // a provider that only sells compute does not use its site: the renter has it to itself
                .body(containsString("<td>Cloud Site</td><td>—</td><td>Dc Cloud</td><td>Dc Renter rents through Dc Cloud</td><td>Dc Renter only</td><td>none reported</td>"))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(renter.split("<td>Campus One</td>", -1)).as("listed once for two deals").hasSize(2);
        asAnalyst().get("/labs/dc-operator").then().statusCode(200).body(containsString("Dc Operator operates it"));
        asAnalyst().get("/api/compute-deals?dataCenter=dc-campus").then().statusCode(200).body("total", equalTo(2));
        asAnalyst().get("/api/labs/dc-renter/timeline?kind=COMPUTE_DEAL").then().statusCode(200)
                .body("items.summary", hasItem("Dc Renter secured compute from Dc Operator at Campus One"));

        // a data center that deals point at stays; an unknown one is named
        long version = asAnalyst().get("/api/data-centers/dc-campus").then().statusCode(200).extract().jsonPath().getLong("version");
        asAnalyst().header("If-Match", "\"" + version + "\"").delete("/api/data-centers/dc-campus").then().statusCode(409)
                .body("detail", containsString("2 compute deals point at it; 2 capacity reports describe it"));
        asAnalyst().contentType(ContentType.JSON).body("{\"buyer\": \"dc-renter\", \"provider\": \"dc-operator\", \"dataCenter\": \"no-such-site\","
                        + " \"announcedOn\": \"2039-04-01\", " + CITE + "}").post("/api/compute-deals").then().statusCode(422)
                .body("errors.field", hasItem("dataCenter")).body("errors.message", hasItem("no data center with slug 'no-such-site'"));
        asAnalyst().get("/labs/dc-cloud").then().statusCode(200).body(not(containsString("Campus One")));
    }
}

package io.labwatch.app.fact;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * Labs and people carry aliases and external ids (Wikidata, Epoch AI's name), and a write or an import that names
 * one by any of them finds it where the slug does not match; a name two records share is an error naming both.
 */
@QuarkusTest
class AliasesTest {

    @Test
    void aLabOrPersonNamedByAnAliasOrAnIdIsFound() {
        long n = System.nanoTime() % 1_000_000;
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"alias-lab-" + n + "\", \"name\": \"Alias Lab " + n + "\", \"kind\": \"AI_STARTUP\","
                + " \"aliases\": \"AL" + n + "; Alias Research " + n + "\", \"wikidataId\": \"Q9" + n + "\", \"epochName\": \"Alias Lab Inc " + n + "\"}")
                .post("/api/labs").then().statusCode(201).body("wikidataId", equalTo("Q9" + n));
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"alias-person-" + n + "\", \"name\": \"Ada Alias " + n + "\","
                + " \"aliases\": \"A. Alias " + n + "\"}").post("/api/people").then().statusCode(201);
        String cite = ",business20-karpathy-anthropic\n";
        asAnalyst().contentType("text/csv").body("person,toLab,kind,announcedOn,seniority,citations\n"
                        + "a. alias " + n + ",alias research " + n + ",JOINED,2036-01-01,MID" + cite
                        + "Ada Alias " + n + ",Q9" + n + ",PROMOTED,2036-02-01,SENIOR" + cite
                        + "alias-person-" + n + ",Alias Lab Inc " + n + ",PROMOTED,2036-03-01,PRINCIPAL" + cite)
                .post("/api/import/hires").then().log().ifValidationFails().statusCode(200).body("created.hires", equalTo(3));
        asAnalyst().get("/api/hires?person=alias-person-" + n).then().statusCode(200).body("total", equalTo(3))
                .body("items.toLab", hasItem("alias-lab-" + n));

        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"alias-twin-" + n + "\", \"name\": \"Twin " + n + "\", \"kind\": \"AI_STARTUP\","
                + " \"aliases\": \"AL" + n + "\"}").post("/api/labs").then().statusCode(201);
        asAnalyst().contentType(ContentType.JSON).body("{\"person\": \"alias-person-" + n + "\", \"toLab\": \"al" + n + "\", \"kind\": \"JOINED\","
                        + " \"announcedOn\": \"2036-04-01\", \"seniority\": \"MID\", \"citations\": [{\"source\": \"business20-karpathy-anthropic\"}]}")
                .post("/api/hires").then().statusCode(422).body("errors[0].field", equalTo("toLab"))
                .body("errors[0].message", containsString("names 2 records")).body("errors[0].message", containsString("alias-twin-" + n));
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"alias-bad-" + n + "\", \"name\": \"Bad\", \"kind\": \"AI_STARTUP\", \"wikidataId\": \"12\"}")
                .post("/api/labs").then().statusCode(422).body("errors[0].field", equalTo("wikidataId"));
    }

    /** A dataset that knows a lab by its website (as Epoch AI's and Crunchbase's do) finds it by the site's domain. */
    @Test
    void aLabIsFoundByItsWebsitesDomain() {
        long n = System.nanoTime() % 1_000_000;
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"site-lab-" + n + "\", \"name\": \"Site Lab " + n + "\", \"kind\": \"AI_STARTUP\","
                + " \"website\": \"https://www.site-lab-" + n + ".example/\"}").post("/api/labs").then().statusCode(201);
        String cite = ", \"seniority\": \"MID\", \"kind\": \"JOINED\", \"citations\": [{\"source\": \"business20-karpathy-anthropic\"}]}";
        asAnalyst().contentType(ContentType.JSON).body("{\"person\": \"ross-nordeen\", \"toLab\": \"site-lab-" + n + ".example\","
                + " \"announcedOn\": \"2036-05-01\"" + cite).post("/api/hires").then().log().ifValidationFails().statusCode(201)
                .body("toLab", equalTo("site-lab-" + n));
        asAnalyst().contentType(ContentType.JSON).body("{\"person\": \"ross-nordeen\", \"toLab\": \"http://Site-Lab-" + n + ".example/about\","
                + " \"announcedOn\": \"2036-05-02\"" + cite).post("/api/hires").then().statusCode(201).body("toLab", equalTo("site-lab-" + n));
        // a domain only contains another: no lab
        asAnalyst().contentType(ContentType.JSON).body("{\"person\": \"ross-nordeen\", \"toLab\": \"lab-" + n + ".example\","
                + " \"announcedOn\": \"2036-05-03\"" + cite).post("/api/hires").then().statusCode(422)
                .body("errors[0].field", equalTo("toLab")).body("errors[0].message", containsString("website domain"));
    }
}

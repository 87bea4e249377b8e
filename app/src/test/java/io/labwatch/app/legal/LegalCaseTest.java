package io.labwatch.app.legal;

import static io.labwatch.app.TestUsers.asAnalyst;
import static io.labwatch.app.TestUsers.asReader;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * Legal cases: the case a record, its parties and events cited facts. Every party's page lists its cases, the case's
 * page shows who is in it and what happened, every line footnoted, and the rules of a case are refused in words.
 */
@QuarkusTest
class LegalCaseTest {

    private static final String CITE = "\"certainty\": \"REPORTED\", \"citations\": [{\"source\": \"cnbc-karpathy-anthropic\"}]";

    @Test
    void theDemoHoldsMuskVAltmanWithItsPartiesOnTheirPages() {
        asReader().get("/labs/openai").then().statusCode(200).body(containsString("OpenAI is a defendant in Musk v. Altman"));
        asReader().get("/people/sam-altman").then().statusCode(200).body(containsString("Sam Altman is a defendant in Musk v. Altman"));
        asReader().get("/people/elon-musk").then().statusCode(200).body(containsString("Elon Musk is a plaintiff in Musk v. Altman"));
        asReader().get("/people/andrej-karpathy").then().statusCode(200)
                .body(containsString("Musk v. Altman: an exhibit, concerning Andrej Karpathy"));
        asReader().get("/cases/musk-v-altman").then().statusCode(200)
                .body(containsString("<h1>Musk v. Altman"), containsString("<a href=\"/labs/openai\">OpenAI</a>"),
                        containsString("<a href=\"/people/elon-musk\">Elon Musk</a></td>\n      <td>plaintiff</td>"),
                        containsString("<td>25 May 2026</td><td>Musk v. Altman: the trial concluded</td>"),
                        containsString("CNBC: <em>Anthropic hires OpenAI co-founder Andrej Karpathy, former Tesla AI leader</em>"),
                        // a reader sees no edit links
                        not(containsString("/edit/case-parties/")));
        asReader().get("/cases").then().statusCode(200).body(containsString("<a href=\"/cases/musk-v-altman\">Musk v. Altman</a>"));
        asReader().get("/api/case-parties?legalCase=musk-v-altman&role=DEFENDANT").then().statusCode(200).body("total", equalTo(2));
        // search finds the case by name, and the page links to it
        asReader().queryParam("q", "Musk Altman").queryParam("kind", "legal-cases").get("/api/search").then().statusCode(200)
                .body("items.title", hasItem("legal case: Musk v. Altman")).body("items.key", hasItem("musk-v-altman"));
        asReader().queryParam("q", "Musk Altman").get("/search").then().statusCode(200).body(containsString("<a href=\"/cases/musk-v-altman\">legal case: Musk v. Altman</a>"));
    }

    @Test
    void aCaseWithClaimsAwardsAndRulesRefusedInWords() {
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"quokka-v-wombat\", \"name\": \"Quokka v. Wombat\", \"court\": \"Rottnest"
                + " District Court\", \"jurisdiction\": \"Western Australia\", \"caseNumber\": \"RD-39-117\", \"filedOn\": \"2039-02-01\","
                + " \"caseStatus\": \"DECIDED\", \"closedOn\": \"2039-09-30\", \"claims\": \"breach of contract\"}")
                .post("/api/legal-cases").then().log().ifValidationFails().statusCode(201);
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"quokka-lab\", \"name\": \"Quokka Lab\", \"kind\": \"FRONTIER_LAB\"}")
                .post("/api/labs").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        asAnalyst().contentType(ContentType.JSON).body("{\"legalCase\": \"quokka-v-wombat\", \"lab\": \"quokka-lab\", \"role\": \"PLAINTIFF\","
                        + " \"asOf\": \"2039-02-01\", \"claims\": \"unpaid licence fees\", \"amountClaimed\": 2000000000, \"amountClaimedLow\": 1500000000,"
                        + " \"amountClaimedHigh\": 2500000000, " + CITE + "}")
                .post("/api/case-parties").then().log().ifValidationFails().statusCode(201);
        asAnalyst().contentType(ContentType.JSON).body("{\"legalCase\": \"quokka-v-wombat\", \"eventOn\": \"2039-09-30\", \"type\": \"VERDICT\","
                        + " \"lab\": \"quokka-lab\", \"amountAwarded\": 750000000, \"description\": \"The jury found for the plaintiff.\", " + CITE + "}")
                .post("/api/case-events").then().log().ifValidationFails().statusCode(201);

        asAnalyst().get("/labs/quokka-lab").then().statusCode(200)
                .body(containsString("Quokka Lab is a plaintiff in Quokka v. Wombat (claims about $2B ($1.5B–2.5B); unpaid licence fees)"),
                        containsString("Quokka v. Wombat: a verdict, concerning Quokka Lab (awarded $750M) — The jury found for the plaintiff."));
        asAnalyst().get("/cases/quokka-v-wombat").then().statusCode(200)
                .body(containsString("<dd>Rottnest District Court</dd>"), containsString("<dd>RD-39-117</dd>"), containsString("<dd>decided</dd>"),
                        containsString("<td class=\"figure\">$750M</td>"), containsString("/edit/case-events/"));
        asAnalyst().get("/api/labs/quokka-lab/timeline?kind=CASE_EVENT").then().statusCode(200)
                .body("items.summary", hasItem(containsString("a verdict, concerning Quokka Lab")));

        // a party is one lab or one person; nothing happens before the filing or after the close (an appeal may)
        asAnalyst().contentType(ContentType.JSON).body("{\"legalCase\": \"quokka-v-wombat\", \"lab\": \"quokka-lab\", \"person\": \"sam-altman\","
                + " \"role\": \"WITNESS\", \"asOf\": \"2039-03-01\", " + CITE + "}").post("/api/case-parties").then().statusCode(422)
                .body("errors.field", hasItem("person")).body("errors.message", hasItem("give one party per row: a lab or a person, not both"));
        asAnalyst().contentType(ContentType.JSON).body("{\"legalCase\": \"quokka-v-wombat\", \"role\": \"WITNESS\", \"asOf\": \"2039-03-01\", "
                + CITE + "}").post("/api/case-parties").then().statusCode(422).body("errors.field", hasItem("lab"));
        asAnalyst().contentType(ContentType.JSON).body("{\"legalCase\": \"quokka-v-wombat\", \"eventOn\": \"2039-01-01\", \"type\": \"RULING\", "
                + CITE + "}").post("/api/case-events").then().statusCode(422).body("errors.field", hasItem("eventOn"))
                .body("errors.message", hasItem("must be on or after the case's filing day (2039-02-01)"));
        asAnalyst().contentType(ContentType.JSON).body("{\"legalCase\": \"quokka-v-wombat\", \"eventOn\": \"2039-11-01\", \"type\": \"RULING\", "
                + CITE + "}").post("/api/case-events").then().statusCode(422).body("errors.field", hasItem("eventOn"));
        asAnalyst().contentType(ContentType.JSON).body("{\"legalCase\": \"quokka-v-wombat\", \"eventOn\": \"2039-11-01\", \"type\": \"APPEAL\", "
                + CITE + "}").post("/api/case-events").then().statusCode(201);
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"open-case\", \"name\": \"Open v. Case\", \"caseStatus\": \"IN_TRIAL\","
                        + " \"closedOn\": \"2039-09-30\"}").post("/api/legal-cases").then().statusCode(422)
                .body("errors.field", hasItem("closedOn"));
        asAnalyst().contentType(ContentType.JSON).body("{\"legalCase\": \"no-such-case\", \"eventOn\": \"2039-11-01\", \"type\": \"RULING\", "
                + CITE + "}").post("/api/case-events").then().statusCode(422)
                .body("errors.message", hasItem("no legal case with slug 'no-such-case'"));

        // a case with parties and events stays, and says why
        long version = asAnalyst().get("/api/legal-cases/quokka-v-wombat").then().statusCode(200).extract().jsonPath().getLong("version");
        asAnalyst().header("If-Match", "\"" + version + "\"").delete("/api/legal-cases/quokka-v-wombat").then().statusCode(409)
                .body("detail", containsString("1 party is recorded in it; 2 events are recorded in it"));
    }
}

package io.labwatch.app.fact;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Two grades: a source's reliability (A–F), its own or its outlet's, apart from the certainty of the claim. Outlets
 * are records with aliases, found or made from the name a source gives; a change of an outlet's grade regrades the
 * sources that follow it; grades are shown beside certainty and filter sources and facts. Dated 2035 on a lab of its own.
 */
@QuarkusTest
class SourceGradesTest {

    private static String etag(String path) {
        return asAnalyst().get(path).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void sourcesAreGradedByTheirOutletUnlessGradedThemselves() {
        long n = System.nanoTime();
        String outletName = "Grade Times " + n;
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"grade-lab\", \"name\": \"Grade Lab\", \"kind\": \"AI_STARTUP\"}")
                .post("/api/labs").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"graded-" + n + "\", \"outlet\": \"" + outletName + "\", \"headline\": \"Grade Lab valued\","
                + " \"publishedOn\": \"2035-02-01\"}").post("/api/sources").then().statusCode(201).body("grade", equalTo("F"))
                .body("reliability", nullValue());
        String outlet = "grade-times-" + n;
        asAnalyst().get("/api/outlets/" + outlet).then().statusCode(200).body("name", equalTo(outletName)).body("reliability", equalTo("F"));

        // the outlet is graded B, with an alias: its sources follow, a source graded itself keeps its own
        asAnalyst().contentType(ContentType.JSON).header("If-Match", etag("/api/outlets/" + outlet))
                .body("{\"slug\": \"" + outlet + "\", \"name\": \"" + outletName + "\", \"aliases\": \"GT" + n + "; The Grade " + n + "\", \"reliability\": \"B\"}")
                .put("/api/outlets/" + outlet).then().statusCode(200);
        asAnalyst().get("/api/sources/graded-" + n).then().statusCode(200).body("grade", equalTo("B"));
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"self-graded-" + n + "\", \"outlet\": \"the grade " + n + "\", \"headline\": \"A rumour\","
                + " \"reliability\": \"D\", \"publishedOn\": \"2035-02-02\"}").post("/api/sources").then().statusCode(201).body("grade", equalTo("D"));
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"alias-" + n + "\", \"outlet\": \"GT" + n + "\", \"headline\": \"Another story\","
                + " \"publishedOn\": \"2035-02-03\"}").post("/api/sources").then().statusCode(201).body("grade", equalTo("B"));
        asAnalyst().get("/api/outlets?reliability=B").then().statusCode(200).body("items.slug", hasItem(outlet));
        asAnalyst().get("/api/outlets?reliability=A").then().statusCode(200).body("items.slug", not(hasItem(outlet)));

        // sources and facts filter by grade (at least)
        asAnalyst().get("/api/sources?grade=B&from=2035-01-01").then().statusCode(200).body("items.slug", hasItem("graded-" + n))
                .body("items.slug", not(hasItem("self-graded-" + n)));
        int valuation = asAnalyst().contentType(ContentType.JSON).body("{\"lab\": \"grade-lab\", \"asOf\": \"2035-02-01\", \"value\": 3" + (n % 1000)
                        + "000000, \"basis\": \"ESTIMATE\", \"estimated\": true, \"estimateMethod\": \"a guess\", \"citations\": [{\"source\": \"graded-" + n + "\"}]}")
                .post("/api/valuations").then().statusCode(201).extract().path("id");
        asAnalyst().get("/api/valuations?lab=grade-lab&grade=B").then().statusCode(200).body("items.id", hasItem(valuation));
        asAnalyst().get("/api/valuations?lab=grade-lab&grade=A").then().statusCode(200).body("items.id", not(hasItem(valuation)));
        asAnalyst().get("/api/valuations?grade=Z").then().statusCode(400).body("errors[0].field", equalTo("grade"));

        // shown beside the certainty, on the timeline, the profile and in briefs
        asAnalyst().get("/api/labs/grade-lab/timeline").then().statusCode(200)
                .body("items.find { it.factId == " + valuation + " }.citations[0].grade", equalTo("B"));
        asAnalyst().get("/timeline?from=2035-02-01&to=2035-02-01").then().statusCode(200)
                .body(containsString("<span class=\"grade\" title=\"Best source: usually reliable\">B</span> · "));
        asAnalyst().get("/labs/grade-lab").then().statusCode(200).body(containsString("B · usually reliable"));
        String brief = asAnalyst().contentType(ContentType.JSON).body("{\"audience\": \"INVESTOR\", \"labs\": [\"grade-lab\"], "
                + "\"from\": \"2035-01-01\", \"to\": \"2035-12-31\", \"asOf\": \"" + LocalDate.now() + "\"}")
                .post("/api/briefs?format=md").then().statusCode(200).extract().asString();
        assertThat(brief).contains(outletName + ": ").contains("(reliability B)");
        // a brief of well-sourced facts only: graded B or better keeps the valuation, A leaves it out and says so
        String onlyA = asAnalyst().contentType(ContentType.JSON).body("{\"audience\": \"INVESTOR\", \"labs\": [\"grade-lab\"], "
                + "\"from\": \"2035-01-01\", \"to\": \"2035-12-31\", \"asOf\": \"" + LocalDate.now() + "\", \"minimumGrade\": \"A\"}")
                .post("/api/briefs?format=md").then().statusCode(200).extract().asString();
        assertThat(onlyA).contains("reported by at least one source graded A").doesNotContain("was valued at");
        String atLeastB = asAnalyst().contentType(ContentType.JSON).body("{\"audience\": \"INVESTOR\", \"labs\": [\"grade-lab\"], "
                + "\"from\": \"2035-01-01\", \"to\": \"2035-12-31\", \"asOf\": \"" + LocalDate.now() + "\", \"minimumGrade\": \"B\"}")
                .post("/api/briefs?format=md").then().statusCode(200).extract().asString();
        assertThat(atLeastB).contains("graded B or better").contains("was valued at");
        asAnalyst().get("/briefs?audience=INVESTOR&labs=grade-lab&from=2035-01-01&to=2035-12-31&asOf=" + LocalDate.now() + "&minimumGrade=A")
                .then().statusCode(200).body(containsString("<option value=\"A\" selected>"), containsString("graded A"));

        // an outlet its sources name cannot be deleted
        asAnalyst().header("If-Match", etag("/api/outlets/" + outlet)).delete("/api/outlets/" + outlet).then().statusCode(409);
    }
}

package io.labwatch.app.safety;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * A safety framework's versions (the seed names none: a fixture): each replaces the one before, the profile shows the
 * newest first, and a version a later one replaces stays.
 */
@QuarkusTest
class SafetyFrameworkTest {

    private static final String CITE = "\"certainty\": \"CONFIRMED\", \"citations\": [{\"source\": \"business20-karpathy-anthropic\"}]";

    @Test
    void aFrameworksVersionsAreItsHistory() {
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"policy-lab\", \"name\": \"Policy Lab\", \"kind\": \"FRONTIER_LAB\"}")
                .post("/api/labs").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        int first = asAnalyst().contentType(ContentType.JSON).body("{\"lab\": \"policy-lab\", \"name\": \"Quokka Scaling Policy\","
                        + " \"frameworkVersion\": \"1.0\", \"effectiveOn\": \"2039-01-10\", \"thresholds\": \"QSL-2: early warning signs\", " + CITE + "}")
                .post("/api/safety-frameworks").then().log().ifValidationFails().statusCode(201).extract().path("id");
        asAnalyst().contentType(ContentType.JSON).body("{\"lab\": \"policy-lab\", \"name\": \"Quokka Scaling Policy\", \"frameworkVersion\": \"2.0\","
                        + " \"effectiveOn\": \"2040-02-01\", \"previousVersion\": \"1.0\", \"thresholds\": \"QSL-2: early warning signs\\nQSL-3: uplift\","
                        + " \"externalCommitments\": \"Wombat Accord\", " + CITE + "}")
                .post("/api/safety-frameworks").then().statusCode(201).body("previousVersion", equalTo("1.0"));

        String current = "Policy Lab's Quokka Scaling Policy 2.0 took effect (replacing version 1.0; 2 capability thresholds; 1 external commitment)";
        String profile = asAnalyst().get("/labs/policy-lab").then().statusCode(200).body(containsString("Safety frameworks"))
                .extract().asString();
        // the page escapes the apostrophe
        assertThat(profile.indexOf(current.replace("'", "&#39;"))).as("the current version first").isPositive()
                .isLessThan(profile.indexOf("Policy Lab&#39;s Quokka Scaling Policy 1.0 took effect (1 capability threshold)"));
        asAnalyst().get("/api/labs/policy-lab/timeline?kind=SAFETY_FRAMEWORK").then().statusCode(200).body("items.summary", hasItem(current));
        asAnalyst().get("/api/search?q=wombat&kind=safety-frameworks").then().statusCode(200).body("items.title", hasItem("Quokka Scaling Policy 2.0"));

        // refused in words: a version that is not there, an earlier date than the version replaced; the replaced one stays
        asAnalyst().contentType(ContentType.JSON).body("{\"lab\": \"policy-lab\", \"name\": \"Quokka Scaling Policy\", \"frameworkVersion\": \"3.0\","
                        + " \"effectiveOn\": \"2041-01-01\", \"previousVersion\": \"2.5\", " + CITE + "}")
                .post("/api/safety-frameworks").then().statusCode(422)
                .body("errors.message", hasItem("no version '2.5' of Quokka Scaling Policy of lab 'policy-lab'"));
        asAnalyst().contentType(ContentType.JSON).body("{\"lab\": \"policy-lab\", \"name\": \"Quokka Scaling Policy\", \"frameworkVersion\": \"0.9\","
                        + " \"effectiveOn\": \"2038-01-01\", \"previousVersion\": \"1.0\", " + CITE + "}")
                .post("/api/safety-frameworks").then().statusCode(422).body("errors.field", hasItem("effectiveOn"));
        asAnalyst().header("If-Match", "\"0\"").delete("/api/safety-frameworks/" + first).then().statusCode(409)
                .body("detail", containsString("a later version replaces it"));
    }
}

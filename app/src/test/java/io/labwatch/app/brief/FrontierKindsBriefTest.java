package io.labwatch.app.brief;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The frontier kinds in briefs: each kind its own table, the audience's kinds first, and its lines in "why this
 * matters" under the audience's theme, every one footnoted; an acquisition's price set against the target's last
 * valuation for investors; only third-party scores as verified capability for enterprise buyers.
 */
@QuarkusTest
class FrontierKindsBriefTest {

    private static final String CITE = "\"certainty\": \"REPORTED\", \"citations\": [{\"source\": \"cnbc-karpathy-anthropic\"}]";
    private static boolean seeded;

    private static void post(String path, String body) {
        asAnalyst().contentType(ContentType.JSON).body(body).post(path).then().log().ifValidationFails().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
    }

    @BeforeEach
    void facts() {
        if (seeded) {
            return;
        }
        seeded = true;
        post("/api/labs", "{\"slug\": \"fk-buyer\", \"name\": \"Fk Buyer\", \"kind\": \"FRONTIER_LAB\"}");
        post("/api/labs", "{\"slug\": \"fk-target\", \"name\": \"Fk Target\", \"kind\": \"AI_STARTUP\"}");
        post("/api/valuations", "{\"lab\": \"fk-target\", \"asOf\": \"2044-01-10\", \"value\": 200000000, \"basis\": \"PRIMARY_ROUND\", " + CITE + "}");
        post("/api/acquisitions", "{\"acquirer\": \"fk-buyer\", \"target\": \"fk-target\", \"announcedOn\": \"2044-03-01\", \"price\": 500000000, " + CITE + "}");
        post("/api/partnerships", "{\"lab\": \"fk-buyer\", \"labRole\": \"PROVIDER\", \"partner\": \"fk-target\", \"partnerRole\": \"DISTRIBUTOR\","
                + " \"type\": \"DISTRIBUTION\", \"announcedOn\": \"2044-04-01\", " + CITE + "}");
        post("/api/model-releases", "{\"lab\": \"fk-buyer\", \"releasedOn\": \"2044-05-01\", \"name\": \"Fk One\", \"modality\": \"TEXT\", \"access\": \"API\", " + CITE + "}");
        post("/api/benchmark-results", "{\"lab\": \"fk-buyer\", \"model\": \"Fk One\", \"benchmark\": \"Own Bench\", \"score\": 90, \"scoreUnit\": \"%\","
                + " \"measuredOn\": \"2044-05-02\", \"verification\": \"SELF_REPORTED\", " + CITE + "}");
        post("/api/benchmark-results", "{\"lab\": \"fk-buyer\", \"model\": \"Fk One\", \"benchmark\": \"Outside Bench\", \"score\": 61, \"scoreUnit\": \"%\","
                + " \"measuredOn\": \"2044-05-03\", \"verification\": \"THIRD_PARTY\", \"verifiedBy\": \"Quokka Evals\", " + CITE + "}");
        post("/api/legal-cases", "{\"slug\": \"fk-case\", \"name\": \"Target v. Buyer\"}");
        post("/api/case-parties", "{\"legalCase\": \"fk-case\", \"lab\": \"fk-buyer\", \"role\": \"DEFENDANT\", \"asOf\": \"2044-06-01\","
                + " \"amountClaimed\": 1000000000, " + CITE + "}");
        post("/api/safety-frameworks", "{\"lab\": \"fk-buyer\", \"name\": \"Scaling Policy\", \"frameworkVersion\": \"1.0\", \"effectiveOn\": \"2044-07-01\","
                + " \"thresholds\": \"Level 3: autonomous replication\", " + CITE + "}");
    }

    private static String brief(String audience) {
        return asAnalyst().contentType(ContentType.JSON).accept("text/markdown").body("{\"audience\": \"" + audience
                + "\", \"labs\": [\"fk-buyer\", \"fk-target\"], \"from\": \"2044-01-01\", \"to\": \"2044-12-31\", \"asOf\": \"2044-12-31\"}").post("/api/briefs").then()
                .statusCode(200).extract().asString();
    }

    @Test
    void investorsReadAcquisitionsWithTheirMultipleAndLegalExposure() {
        String md = brief("INVESTOR");
        org.assertj.core.api.Assertions.assertThat(md)
                .contains("Acquisitions: Fk Buyer announced the acquisition of Fk Target (for $500M); the price is ≈ 2.5× Fk Target's last valuation"
                        + " ($200M, 10 January 2044).")
                .contains("Legal exposure: Fk Buyer is a defendant in Target v. Buyer (claims $1B).")
                .contains("Partnerships: ")
                // each kind its own table, the investors' first
                .contains("### Acquisitions").contains("### Legal cases").contains("### Safety frameworks");
        org.assertj.core.api.Assertions.assertThat(md.indexOf("### Acquisitions")).isLessThan(md.indexOf("### Safety frameworks"));
        org.assertj.core.api.Assertions.assertThat(md).doesNotContain("Safety frameworks: ");
    }

    @Test
    void enterpriseBuyersCountOnlyScoresAThirdPartyRan() {
        String md = brief("ENTERPRISE_BUYER");
        org.assertj.core.api.Assertions.assertThat(md).contains("Verified capability: ").contains("Outside Bench")
                .contains("Releases: ").contains("How to buy: ").contains("Legal risk: ");
        org.assertj.core.api.Assertions.assertThat(md.lines().filter(l -> l.startsWith("- Verified capability")).toList())
                .as("self-reported scores are not verified capability").noneMatch(l -> l.contains("Own Bench"));
        org.assertj.core.api.Assertions.assertThat(md.indexOf("### Model releases")).isLessThan(md.indexOf("### Acquisitions"));
    }

    @Test
    void regulatorsReadSafetyFrameworksFirstAndCompetitorsReleases() {
        String regulators = brief("REGULATOR");
        org.assertj.core.api.Assertions.assertThat(regulators).contains("Safety frameworks: ").contains("Consolidation: ")
                .contains("Cross-lab partnerships: ").contains("Legal cases: ");
        org.assertj.core.api.Assertions.assertThat(regulators.indexOf("### Safety frameworks")).isLessThan(regulators.indexOf("### Model releases"));
        String competitors = brief("COMPETITOR");
        org.assertj.core.api.Assertions.assertThat(competitors).contains("Releases: ").contains("Acquisitions: ").doesNotContain("Legal exposure: ");
        asAnalyst().contentType(ContentType.JSON).body("{\"audience\": \"INVESTOR\", \"labs\": [\"fk-buyer\"], \"from\": \"2044-01-01\","
                + " \"to\": \"2044-12-31\", \"asOf\": \"2044-12-31\"}").post("/api/briefs?format=html").then().statusCode(200)
                .body(containsString("<h3>Acquisitions</h3>"), not(containsString("<h3>null</h3>")));
    }
}

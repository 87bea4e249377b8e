package io.labwatch.app.review;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;

import io.labwatch.app.FactsOfEveryKind;
import io.labwatch.app.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With review required for analysts, an analyst's save is a proposal; an admin's is not. */
@QuarkusTest
@TestProfile(RequiredReviewTest.AnalystsReviewed.class)
class RequiredReviewTest {

    public static class AnalystsReviewed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("labwatch.review.required-for", "analyst");
        }
    }

    @Test
    void anAnalystsSaveGoesToReviewAndAnAdminsIsPublished() {
        FactsOfEveryKind.seed("rr", 0, io.labwatch.app.TestUsers.asAdmin());
        WebSession analyst = WebSession.signIn("analyst");
        String form = analyst.request().get("/new/valuations?lab=rr-lab").asString();
        assertThat(form).contains("Propose for review").doesNotContain("Create valuation").doesNotContain("Save and add another");

        Response saved = analyst.post("/new/valuations", "lab", "rr-lab", "asOf", "2032-01-01", "value", "5B", "basis", "ESTIMATE",
                "citations", "cnbc-karpathy-anthropic");
        assertThat(saved.header("Location")).startsWith("/review?proposed=");
        assertThat(asAnalyst().get("/api/valuations?lab=rr-lab").asString()).doesNotContain("2032-01-01");

        Response direct = WebSession.signIn("admin").post("/new/valuations", "lab", "rr-lab", "asOf", "2032-02-01", "value", "6B",
                "basis", "ESTIMATE", "citations", "cnbc-karpathy-anthropic");
        assertThat(direct.header("Location")).isEqualTo("/labs/rr-lab");
        assertThat(asAnalyst().get("/api/valuations?lab=rr-lab").asString()).contains("2032-02-01");

        Response api = asAnalyst().contentType("application/json").body("""
                {"lab": "rr-lab", "asOf": "2032-03-01", "value": 7000000000, "basis": "ESTIMATE",
                 "citations": [{"source": "cnbc-karpathy-anthropic"}]}""").post("/api/valuations");
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.jsonPath().getString("detail")).startsWith("review is required for your role");
        assertThat(asAnalyst().get("/api/valuations?lab=rr-lab").asString()).doesNotContain("2032-03-01");
    }
}

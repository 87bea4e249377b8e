package io.labwatch.app.review;

import static io.labwatch.app.TestUsers.asAnalyst;
import static io.labwatch.app.TestUsers.asReader;
import static org.assertj.core.api.Assertions.assertThat;

import io.labwatch.app.FactsOfEveryKind;
import io.labwatch.app.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Four eyes: a proposed fact stays out of every reader's view and every brief until a second analyst approves it, the
 * author cannot approve their own, a rejection needs a note, and an edit is shown against the record it changes.
 */
@QuarkusTest
class ReviewTest {

    private static final String BRIEF = """
            {"audience": "INVESTOR", "labs": ["rv-lab"], "from": "2031-01-01", "to": "2031-12-31", "asOf": "2031-12-31"}""";

    @BeforeEach
    void seed() {
        FactsOfEveryKind.seed("rv", 0);
    }

    private static long propose(WebSession author, String asOf, String value) {
        Response proposed = author.post("/new/valuations", "lab", "rv-lab", "asOf", asOf, "value", value, "basis", "ESTIMATE",
                "citations", "cnbc-karpathy-anthropic", "then", "propose");
        assertThat(proposed.statusCode()).isEqualTo(303);
        assertThat(proposed.header("Location")).startsWith("/review?proposed=");
        return Long.parseLong(proposed.header("Location").replaceAll("\\D+", ""));
    }

    private static String valuations() {
        return asAnalyst().get("/api/valuations?lab=rv-lab").asString();
    }

    @Test
    void aProposedFactIsPublishedOnlyWhenAnotherAnalystApprovesIt() {
        WebSession analyst = WebSession.signIn("analyst");
        long id = propose(analyst, "2031-06-01", "77B");

        assertThat(valuations()).doesNotContain("2031-06-01");
        String brief = asAnalyst().contentType(ContentType.JSON).accept("text/markdown").body(BRIEF).post("/api/briefs").asString();
        assertThat(brief).doesNotContain("$77B");
        assertThat(WebSession.signIn("reader").request().get("/labs/rv-lab").asString()).doesNotContain("Proposed, awaiting review")
                .doesNotContain("$77B");
        assertThat(analyst.request().get("/labs/rv-lab").asString()).contains("Proposed, awaiting review (1)").contains("by analyst");
        assertThat(asReader().get("/review").statusCode()).isEqualTo(403);

        String queue = analyst.request().get("/review").asString();
        assertThat(queue).contains("id=\"proposal-" + id + "\"").contains("Your proposal: another analyst reviews it.")
                .contains("CNBC");
        Response own = analyst.post("/review/" + id + "/approve", "note", "looks right to me");
        assertThat(own.statusCode()).isEqualTo(409);
        assertThat(own.asString()).contains("cannot approve their own proposal");
        assertThat(valuations()).doesNotContain("2031-06-01");

        WebSession admin = WebSession.signIn("admin");
        assertThat(admin.request().get("/review").asString()).contains("action=\"/review/" + id + "/approve\"");
        Response approved = admin.post("/review/" + id + "/approve", "note", "checked against CNBC");
        assertThat(approved.statusCode()).isEqualTo(303);
        assertThat(valuations()).contains("2031-06-01");
        String published = asAnalyst().contentType(ContentType.JSON).accept("text/markdown").body(BRIEF).post("/api/briefs").asString();
        assertThat(published).contains("$77B");
        assertThat(admin.request().get("/review").asString()).contains("approved by admin").contains("checked against CNBC");
        assertThat(admin.post("/review/" + id + "/approve").statusCode()).as("decided once").isEqualTo(409);
    }

    @Test
    void aRejectionNeedsANoteAndWritesNothing() {
        long id = propose(WebSession.signIn("analyst"), "2031-07-01", "88B");
        WebSession admin = WebSession.signIn("admin");
        Response noNote = admin.post("/review/" + id + "/reject", "note", " ");
        assertThat(noNote.statusCode()).isEqualTo(409);
        assertThat(noNote.asString()).contains("note is required");
        admin.post("/review/" + id + "/reject", "note", "CNBC says 8.8B, not 88B").then().statusCode(303);
        assertThat(valuations()).doesNotContain("2031-07-01");
        assertThat(admin.request().get("/review").asString()).contains("rejected by admin").contains("CNBC says 8.8B, not 88B");
    }

    @Test
    void aProposalIsCheckedAsASaveWouldBe() {
        Response refused = WebSession.signIn("analyst").post("/new/valuations", "lab", "rv-lab", "asOf", "someday", "value", "2.5",
                "basis", "ESTIMATE", "then", "propose");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.asString()).contains("must be a date").contains("needs its unit");
    }

    @Test
    void anEditIsShownAgainstTheRecordItChangesAndRefusedIfTheRecordChangedSince() {
        WebSession analyst = WebSession.signIn("analyst");
        long version = asAnalyst().get("/api/labs/rv-provider").jsonPath().getLong("version");
        Response proposed = analyst.post("/edit/labs/rv-provider", "version", String.valueOf(version), "slug", "rv-provider",
                "name", "rv Provider", "kind", "COMPUTE_PROVIDER", "status", "ACTIVE", "headquarters", "Oslo", "then", "propose");
        assertThat(proposed.statusCode()).isEqualTo(303);
        long id = Long.parseLong(proposed.header("Location").replaceAll("\\D+", ""));
        String queue = analyst.request().get("/review").asString();
        String item = queue.substring(queue.indexOf("id=\"proposal-" + id + "\""));
        assertThat(item.substring(0, item.indexOf("</article>"))).contains("Change to lab rv-provider")
                .containsPattern("Headquarters <span class=\"sub\">\\(changed\\)</span></th><td>—</td><td>Oslo</td>").contains("<td>Compute provider</td>");
        assertThat(asAnalyst().get("/api/labs/rv-provider").jsonPath().getString("headquarters")).isNull();

        asAnalyst().contentType("application/merge-patch+json").header("If-Match", "\"" + version + "\"").body("{\"headquarters\": \"Bergen\"}")
                .patch("/api/labs/rv-provider").then().statusCode(200);
        Response stale = WebSession.signIn("admin").post("/review/" + id + "/approve");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.asString()).contains("Not approved");
        assertThat(asAnalyst().get("/api/labs/rv-provider").jsonPath().getString("headquarters")).isEqualTo("Bergen");
    }

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    @Test
    void aStoredProposalOfAKindLabwatchNoLongerHasStillShowsAndCannotBeApproved() {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "insert into proposal (kind, record, summary, author, status) values ('retired-kind', "
                        + "cast('{\"name\": \"Old thing\", \"weird\": [1, {\"a\": null}]}' as jsonb), 'New retired thing', 'analyst', 'PENDING')")
                .executeUpdate());
        WebSession admin = WebSession.signIn("admin");
        String queue = admin.request().get("/review").then().statusCode(200).extract().asString();
        assertThat(queue).contains("New retired-kind").contains("Old thing");
        long id = Long.parseLong(queue.replaceAll("(?s).*id=\"proposal-(\\d+)\" aria-labelledby=\"proposal-\\d+-title\">\\s*<h3 id=\"proposal-\\d+-title\">New retired-kind.*", "$1"));
        assertThat(admin.post("/review/" + id + "/approve").statusCode()).isEqualTo(409);
        admin.post("/review/" + id + "/reject", "note", "the kind is gone").then().statusCode(303);
    }
}

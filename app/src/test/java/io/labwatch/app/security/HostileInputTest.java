package io.labwatch.app.security;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.labwatch.app.contract.SendsInvalidRequests;
import io.labwatch.domain.account.AccountService;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.InvalidInputException;
import io.labwatch.domain.watchlist.Watchlist;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and odd input to the write paths: refused with a clear 4xx, or stored exactly and shown escaped; never a
 * 500, and the database holds exactly what was accepted.
 */
@SendsInvalidRequests("hostile and malformed input, to check how it is refused")
@QuarkusTest
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Watchlist watchlist;

    @Inject
    AccountService accounts;

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("script", "<script>alert('x')</script>", true),
                Arguments.of("html", "<img src=x onerror=alert(1)><b>bold</b>", true),
                Arguments.of("sql", "Robert'); DROP TABLE lab;--", true),
                Arguments.of("emoji-rtl", "😀 مختبر الذكاء", true),
                Arguments.of("nul", "bad\u0000name", false),
                Arguments.of("control", "bell\u0007", false),
                Arguments.of("huge", "x".repeat(1_000_000), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void textFieldsAreRefusedOrStoredExactlyAndShownEscaped(String label, String text, boolean accepted) throws Exception {
        String slug = "hostile-" + label;
        String body = JSON.writeValueAsString(Map.of("slug", slug, "name", text, "kind", "OTHER", "summary", text));
        int status = asAnalyst().contentType(ContentType.JSON).body(body).post("/api/labs").statusCode();
        if (accepted) {
            assertThat(status).isEqualTo(201);
            asAnalyst().get("/api/labs/" + slug).then().statusCode(200).body("name", equalTo(text)).body("summary", equalTo(text));
            String page = asAnalyst().get("/labs/" + slug).then().statusCode(200).extract().asString();
            assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x");
        } else {
            assertThat(status).isEqualTo(422);
            asAnalyst().get("/api/labs/" + slug).then().statusCode(404);
        }
    }

    /** Characters XML 1.0 cannot carry, as JSON escapes (a lone surrogate cannot be sent otherwise), and the message they get. */
    static Stream<Arguments> brokenCharacters() {
        return Stream.of(
                Arguments.of("u-ffff", "\\uffff", "must not contain the invisible character U+FFFF"),
                Arguments.of("u-fffe", "\\ufffe", "must not contain the invisible character U+FFFE"),
                Arguments.of("lone-high-surrogate", "\\ud800", "must not contain a broken character (lone surrogate)"),
                Arguments.of("lone-low-surrogate", "\\udc00", "must not contain a broken character (lone surrogate)"));
    }

    /** Such a character once stored broke the lab's feeds, PDFs and publishing; a lone surrogate was stored as "?". */
    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCharacters")
    void charactersFeedsAndPdfsCannotCarryAreRefusedOnCreateAndUpdate(String label, String escaped, String message) {
        String slug = "broken-" + label;
        String broken = "{\"slug\": \"" + slug + "\", \"name\": \"Broken " + escaped + " Lab\", \"kind\": \"OTHER\", \"summary\": \"" + escaped + "\"}";
        asAnalyst().contentType(ContentType.JSON).body(broken).post("/api/labs").then().statusCode(422).contentType("application/problem+json")
                .body("errors.find { it.field == 'name' }.message", equalTo(message))
                .body("errors.find { it.field == 'summary' }.message", equalTo(message));
        asAnalyst().get("/api/labs/" + slug).then().statusCode(404);

        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"" + slug + "\", \"name\": \"Fine Lab\", \"kind\": \"OTHER\"}")
                .post("/api/labs").then().statusCode(201);
        asAnalyst().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(broken).put("/api/labs/" + slug).then().statusCode(422)
                .body("errors.find { it.field == 'name' }.message", equalTo(message));
        asAnalyst().get("/api/labs/" + slug).then().statusCode(200).body("name", equalTo("Fine Lab")).body("version", equalTo(0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCharacters")
    void anImportRefusesThemAndNamesTheRow(String label, String escaped, String message) {
        asAnalyst().contentType(ContentType.JSON).body("{\"labs\": [{\"slug\": \"import-fine-" + label + "\", \"name\": \"Fine\", \"kind\": \"OTHER\"},"
                + " {\"slug\": \"import-broken-" + label + "\", \"name\": \"Broken " + escaped + "\", \"kind\": \"OTHER\"}]}")
                .post("/api/import").then().statusCode(422)
                .body("errors.find { it.field == 'labs.name' }.row", equalTo(2))
                .body("errors.find { it.field == 'labs.name' }.message", equalTo(message));
        asAnalyst().get("/api/labs/import-fine-" + label).then().statusCode(404);
    }

    /** Webhooks, saved searches and token names are written outside EntityService, under the same rule. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCharacters")
    void writesOutsideTheEntityServicesRefuseThemToo(String label, String escaped, String message) throws Exception {
        asAnalyst().contentType(ContentType.JSON).body("{\"url\": \"https://example.com/" + escaped + "\", \"description\": \"Hook " + escaped + "\"}")
                .post("/api/webhooks").then().statusCode(422)
                .body("errors.find { it.field == 'url' }.message", equalTo(message))
                .body("errors.find { it.field == 'description' }.message", equalTo(message));
        assertThat(asAnalyst().get("/api/webhooks").then().statusCode(200).extract().jsonPath().getList("items.description", String.class))
                .noneMatch(d -> d != null && d.startsWith("Hook "));

        String text = JSON.readValue("\"x" + escaped + "\"", String.class);
        assertThatThrownBy(() -> watchlist.saveSearch("analyst", text)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors).containsExactly(new FieldError("query", message)));
        assertThat(watchlist.savedSearches("analyst")).extracting(Watchlist.SavedSearch::query).doesNotContain(text, "x?");
        assertThatThrownBy(() -> accounts.createToken("analyst", text)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors).containsExactly(new FieldError("name", message)));
        assertThat(accounts.tokens("analyst")).extracting(t -> t.name).doesNotContain(text, "x?");
    }

    static Stream<Arguments> badFacts() {
        String base = "{\"lab\": \"openai\", \"name\": \"Hostile round %s\", \"announcedOn\": %s, \"amountRaised\": %s, "
                + "\"citations\": [{\"source\": \"cnbc-karpathy-anthropic\"}]}";
        return Stream.of(
                Arguments.of("absurd-amount", base.formatted(1, "\"2026-01-01\"", "1e30"), 422, "amountRaised"),
                Arguments.of("negative-amount", base.formatted(2, "\"2026-01-01\"", "-1"), 422, "amountRaised"),
                Arguments.of("year-0", base.formatted(3, "\"0000-01-01\"", "1"), 422, "announcedOn"),
                Arguments.of("year-9999", base.formatted(4, "\"9999-12-31\"", "1"), 422, "announcedOn"),
                Arguments.of("not-a-date", base.formatted(5, "\"31/12/2026\"", "1"), 400, "announcedOn"),
                Arguments.of("duplicate-key", base.formatted(6, "\"2026-01-01\"", "1").replace("{\"lab\"", "{\"name\": \"x\", \"lab\""), 400, null),
                Arguments.of("empty-body", "", 422, "body"),
                Arguments.of("array-body", "[]", 400, null),
                Arguments.of("number-as-string", base.formatted(7, "\"2026-01-01\"", "\"lots\""), 400, "amountRaised"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFacts")
    void malformedFactsGetAPreciseClientError(String label, String body, int status, String field) {
        var response = asAnalyst().contentType(ContentType.JSON).body(body).post("/api/funding-rounds").then().statusCode(status)
                .contentType("application/problem+json");
        if (field != null) {
            response.body("errors.field", org.hamcrest.Matchers.hasItem(field));
        }
        asAnalyst().get("/api/funding-rounds?lab=openai&size=100").then().statusCode(200)
                .body("items.name", not(org.hamcrest.Matchers.hasItem(containsString("Hostile round"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contentTypes")
    void wrongContentTypesAreRefused(String type) {
        int status = asAnalyst().contentType(type).body("slug=x&name=y").post("/api/labs").statusCode();
        assertThat(status).isIn(400, 415);
    }

    static List<String> contentTypes() {
        return List.of("text/plain", "application/x-www-form-urlencoded", "application/xml");
    }
}

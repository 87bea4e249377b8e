package io.labwatch.app.security;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.labwatch.app.WebSession;
import io.labwatch.app.contract.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Error bodies speak of the record's fields in words and point at what already exists; they never show Java types,
 * library names or database constraints, which tell a prober about the inside and a user nothing.
 */
@SendsInvalidRequests("bodies of the wrong shape, to check the words of the errors")
@QuarkusTest
class ErrorBodiesTest {

    /** What an error body must not hold: Java and library type names, constraint names, an unknown key shown as 'null'. */
    static final List<String> INSIDE = List.of("java.", "com.fasterxml", "io.labwatch", "jakarta.", "org.hibernate", "`", "_key",
            "'null'", "Cannot deserialize", "Cannot construct", "reference chain", "Exception");

    static void speaksPlainly(String body) {
        assertThat(INSIDE).as("words from the inside in: " + body).noneMatch(body::contains);
    }

    @Test
    void aDuplicateRoundNamesItsFieldsAndLinksTheExistingRound() {
        String round = "{\"lab\": \"anthropic\", \"name\": \"Duplicate Probe Round\", \"announcedOn\": \"2026-01-05\", \"certainty\": \"REPORTED\","
                + " \"citations\": [{\"source\": \"cnbc-karpathy-anthropic\"}]}";
        long id = asAnalyst().contentType(ContentType.JSON).body(round).post("/api/funding-rounds").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        Response again = asAnalyst().contentType(ContentType.JSON).body(round).post("/api/funding-rounds");
        again.then().statusCode(409).contentType("application/problem+json");
        speaksPlainly(again.asString());
        assertThat(again.jsonPath().getList("errors.field")).containsExactlyInAnyOrder("lab", "name");
        assertThat(again.jsonPath().getString("detail")).contains("lab and name").contains("funding round");
        String existing = again.jsonPath().getString("existing");
        assertThat(existing).isEqualTo("/api/funding-rounds/" + id);
        asAnalyst().get(existing).then().statusCode(200).body("name", equalTo("Duplicate Probe Round"));
    }

    @Test
    void aDuplicateInTheFormShowsBesideItsFieldsWithALinkToTheExistingRecord() {
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"duplicate-form-lab\", \"name\": \"Duplicate Form Lab\", \"kind\": \"OTHER\"}")
                .post("/api/labs").then().statusCode(201);
        WebSession analyst = WebSession.signIn("analyst");
        long id = asAnalyst().contentType(ContentType.JSON).body("{\"lab\": \"duplicate-form-lab\", \"name\": \"Seed\", \"announcedOn\": \"2026-02-01\","
                + " \"certainty\": \"REPORTED\", \"citations\": [{\"source\": \"cnbc-karpathy-anthropic\"}]}")
                .post("/api/funding-rounds").then().statusCode(201).extract().jsonPath().getLong("id");

        Response form = analyst.post("/new/funding-rounds", "lab", "duplicate-form-lab", "name", "Seed", "announcedOn", "2026-02-03",
                "datePrecision", "DAY", "certainty", "REPORTED", "citations", "cnbc-karpathy-anthropic");
        assertThat(form.statusCode()).isEqualTo(409);
        speaksPlainly(form.asString());
        assertThat(form.htmlPath().getString("**.find { it.@id == 'error-lab' }")).contains("name");
        assertThat(form.htmlPath().getString("**.find { it.@id == 'error-name' }")).contains("lab");
        assertThat(form.htmlPath().getString("**.find { it.@id == 'existing-record' }.@href")).isEqualTo("/edit/funding-rounds/" + id);

        Response slug = analyst.post("/new/labs", "slug", "duplicate-form-lab", "name", "Another", "kind", "OTHER", "status", "ACTIVE");
        assertThat(slug.statusCode()).isEqualTo(409);
        speaksPlainly(slug.asString());
        assertThat(slug.htmlPath().getString("**.find { it.@id == 'error-slug' }")).isEqualTo("is already taken by another lab");
        assertThat(slug.htmlPath().getString("**.find { it.@id == 'existing-record' }.@href")).isEqualTo("/edit/labs/duplicate-form-lab");
    }

    /** Bodies of the wrong shape or type, and the words the answer must use for the field at fault. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"slug\": \"type-probe\", \"name\": \"T\", \"kind\": \"OTHER\", \"foundedYear\": \"soon\"}|foundedYear|must be a whole number",
            "{\"slug\": \"type-probe\", \"name\": \"T\", \"kind\": \"OTHER\", \"foundedYear\": 1.5}|foundedYear|must be a whole number",
            "{\"slug\": \"type-probe\", \"name\": \"T\", \"kind\": \"OTHER\", \"foundedYear\": 99999999999}|foundedYear|must be a whole number",
            "{\"slug\": \"type-probe\", \"name\": \"T\", \"kind\": \"OTHER\", \"lastVerifiedOn\": \"someday\"}|lastVerifiedOn|must be a date (YYYY-MM-DD)",
            "{\"slug\": \"type-probe\", \"name\": \"T\", \"kind\": \"OTHER\", \"lastVerifiedOn\": 20260101}|lastVerifiedOn|must be a date (YYYY-MM-DD)",
            "{\"slug\": \"type-probe\", \"name\": \"T\", \"kind\": \"OTHER\", \"version\": \"one\"}|version|must be a whole number",
            "{\"slug\": \"type-probe\", \"name\": \"T\", \"kind\": \"ROBOT\"}|kind|must be one of",
            "{\"slug\": \"type-probe\", \"name\": {\"first\": \"T\"}, \"kind\": \"OTHER\"}|name|must be text",
            "{\"slug\": \"type-probe\", \"name\": \"T\", \"kind\": \"OTHER\", \"citations\": \"cnbc\"}|citations|must be a list",
            "{\"slug\": \"type-probe\", \"name\": \"T\", \"kind\": \"OTHER\", \"citations\": [\"cnbc\"]}|citations[0]|must be a JSON object",
            "[{\"slug\": \"type-probe\"}]||must be a JSON object",
            "\"type-probe\"||must be a JSON object",
            "{\"slug\": \"type-probe\", \"name\": \"T\",||is not valid JSON",
            "{\"slug\": \"type-probe\"} trailing||is not valid JSON"})
    void aBodyOfTheWrongShapeGetsWordsNotJavaTypes(String body, String field, String words) {
        Response answer = asAnalyst().contentType(ContentType.JSON).body(body).post("/api/labs");
        assertThat(answer.statusCode()).as(body).isEqualTo(400);
        speaksPlainly(answer.asString());
        String where = field == null ? "" : field;
        assertThat(answer.jsonPath().getString("errors[0].field")).as(body).isEqualTo(where);
        assertThat(answer.jsonPath().getString("errors[0].message")).as(body).contains(words);
        asAnalyst().get("/api/labs/type-probe").then().statusCode(404);
    }

    @Test
    void aCsvRowOfTheWrongTypeGetsWordsNotJavaTypes() {
        Response answer = asAnalyst().contentType("text/csv").body("slug,name,kind,foundedYear\ncsv-type-probe,C,OTHER,soon\n")
                .post("/api/import/labs");
        assertThat(answer.statusCode()).isEqualTo(422);
        speaksPlainly(answer.asString());
        assertThat(answer.jsonPath().getString("errors[0].field")).isEqualTo("labs.foundedYear");
        assertThat(answer.jsonPath().getString("errors[0].message")).contains("must be a whole number");
    }
}

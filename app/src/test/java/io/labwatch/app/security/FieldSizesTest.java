package io.labwatch.app.security;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.labwatch.app.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The forms take every value the API takes, and refuse a longer one the same way: the longest text the API accepts
 * (10,000 characters) in a script that URL-encodes to 9 bytes a character, and one character more.
 */
@QuarkusTest
class FieldSizesTest {

    private static final String LONGEST = "中".repeat(10_000);
    private static final String TOO_LONG = LONGEST + "中";

    @Test
    void aFormTakesTheLongestTextTheApiTakes() {
        asAnalyst().contentType(ContentType.JSON).body(lab("size-api", LONGEST)).post("/api/labs").then().statusCode(201);

        WebSession analyst = WebSession.signIn("analyst");
        analyst.post("/new/labs", "slug", "size-form", "name", "Size Form", "kind", "OTHER", "status", "ACTIVE", "summary", LONGEST)
                .then().statusCode(303);
        asAnalyst().get("/api/labs/size-form").then().statusCode(200).body("summary", equalTo(LONGEST));
    }

    @Test
    void aFormRefusesALongerTextWithTheApisFieldErrorBesideTheField() {
        String apiMessage = asAnalyst().contentType(ContentType.JSON).body(lab("size-api-long", TOO_LONG)).post("/api/labs")
                .then().statusCode(422).body("errors[0].field", equalTo("summary")).extract().path("errors[0].message");

        Response form = WebSession.signIn("analyst").post("/new/labs", "slug", "size-form-long", "name", "Size Form", "kind", "OTHER",
                "status", "ACTIVE", "summary", TOO_LONG);
        assertThat(form.statusCode()).isEqualTo(422);
        assertThat(form.htmlPath().getString("**.find { it.@id == 'error-summary' }")).isEqualTo(apiMessage);
        asAnalyst().get("/api/labs/size-form-long").then().statusCode(404);
    }

    private static Map<String, Object> lab(String slug, String summary) {
        return Map.of("slug", slug, "name", "Size " + slug, "kind", "OTHER", "summary", summary);
    }
}

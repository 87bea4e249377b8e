package io.labwatch.app.security;

import static io.labwatch.app.TestUsers.asAnalyst;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.labwatch.app.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Pages and answers that show a secret once are never stored by a cache, the browser's included. */
@QuarkusTest
class SecretPagesTest {

    @Test
    void secretsShownOnceCarryNoStore() {
        WebSession analyst = WebSession.signIn("analyst");
        analyst.post("/account/tokens", "name", "shown once").then().statusCode(200).header("Cache-Control", containsString("no-store"))
                .body(containsString("lw_"));
        analyst.post("/watchlist/feed-token").then().statusCode(200).header("Cache-Control", containsString("no-store"));
        analyst.post("/watchlist/webhooks", "url", "http://127.0.0.1:9/secret-page-hook").then().statusCode(200)
                .header("Cache-Control", containsString("no-store")).body(containsString("whsec_"));
        asAnalyst().contentType(ContentType.JSON).body("{\"url\": \"http://127.0.0.1:9/secret-api-hook\"}").post("/api/webhooks").then()
                .statusCode(201).header("Cache-Control", containsString("no-store"));
        given().get("/login").then().statusCode(200).header("Cache-Control", containsString("no-store"));
    }
}

package io.labwatch.app.security;

import static io.labwatch.app.TestUsers.asAnalyst;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.labwatch.app.WebSession;
import io.labwatch.domain.account.AccountService;
import io.labwatch.domain.account.Role;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Forged state changes, as a hostile page would send them through a signed-in browser: every way of leaving the
 * token out, whatever the content type, is refused with 403 and changes nothing; so are cross-site requests however
 * they are authenticated, API writes carried by the cookie alone, and a sign-in without the login form's token.
 */
@QuarkusTest
class CsrfTest {

    @Inject
    AccountService accounts;

    @TestHTTPResource("/")
    URL root;

    /** Ways a forged request leaves the token out or gets it wrong. */
    private static List<UnaryOperator<RequestSpecification>> forgeries(String otherSessionsToken) {
        return List.of(
                r -> r,
                r -> r.contentType("text/plain").body("csrf-token=x"),
                r -> r.contentType(ContentType.JSON).body("{}"),
                r -> r.contentType(ContentType.URLENC).formParam("version", "0"),
                r -> r.contentType(ContentType.URLENC).formParam("csrf-token", "%%%not-base64"),
                r -> r.contentType(ContentType.URLENC).formParam("csrf-token", ""),
                r -> r.contentType(ContentType.URLENC).formParam("csrf-token", otherSessionsToken),
                r -> r.header("X-CSRF-Token", otherSessionsToken),
                r -> r.contentType("multipart/form-data").multiPart("version", "0"));
    }

    @Test
    void everyTokenlessStateChangeIsRefusedAndChangesNothing() {
        accounts.create("csrf-target", "csrf-target-password", Role.ANALYST, false);
        WebSession victim = WebSession.signIn("csrf-target", "csrf-target-password");
        String othersToken = WebSession.signIn("analyst").csrf();
        String apiToken = accounts.createToken("csrf-target", "kept");
        String lastVerified = asAnalyst().get("/api/labs/anthropic").then().extract().path("lastVerifiedOn");
        long tokenId = accounts.tokens("csrf-target").get(0).id;

        List<String> reached = new ArrayList<>();
        for (String path : List.of("/freshness/labs/anthropic/verify", "/account/tokens/" + tokenId + "/revoke", "/watchlist/feed-token",
                "/watchlist/follow", "/logout", "/account/tokens", "/new/labs")) {
            for (UnaryOperator<RequestSpecification> forgery : forgeries(othersToken)) {
                int status = forgery.apply(victim.request()).post(path).statusCode();
                if (status != 403) {
                    reached.add(path + " answered " + status);
                }
            }
        }
        assertThat(reached).as("forged requests that were not refused").isEmpty();
        assertThat((String) asAnalyst().get("/api/labs/anthropic").then().extract().path("lastVerifiedOn")).isEqualTo(lastVerified);
        given().header("Authorization", "Bearer " + apiToken).get("/api/labs").then().statusCode(200);
        assertThat(accounts.find("csrf-target").orElseThrow().feedTokenHash).isNull();
        victim.request().get("/account").then().statusCode(200);
        assertThat(accounts.tokens("csrf-target")).hasSize(1);

        // The same session with its own token, in the form or in the header, goes through.
        victim.post("/account/tokens", "name", "with the token").then().statusCode(200);
        victim.request().header("X-CSRF-Token", victim.csrf()).contentType(ContentType.JSON).body("{}")
                .post("/watchlist/feed-token").then().statusCode(200);
        assertThat(accounts.find("csrf-target").orElseThrow().feedTokenHash).isNotNull();
    }

    @Test
    void crossSiteRequestsAreRefusedHoweverTheyAreAuthenticated() {
        asAnalyst().header("Origin", "https://evil.example").contentType(ContentType.JSON)
                .body("{\"slug\": \"cross-site-lab\", \"name\": \"Cross\", \"kind\": \"OTHER\"}").post("/api/labs").then().statusCode(403);
        asAnalyst().header("Sec-Fetch-Site", "cross-site").contentType(ContentType.JSON)
                .body("{\"slug\": \"cross-site-lab\", \"name\": \"Cross\", \"kind\": \"OTHER\"}").post("/api/labs").then().statusCode(403);
        asAnalyst().header("Origin", "null").contentType(ContentType.JSON)
                .body("{\"slug\": \"cross-site-lab\", \"name\": \"Cross\", \"kind\": \"OTHER\"}").post("/api/labs").then().statusCode(403);
        // Another port or scheme of the public host is another site (found by bench/attack with Origin http://127.0.0.1:1).
        for (String otherPort : new String[] {"https://labwatch.example.com:8443", "http://labwatch.example.com"}) {
            asAnalyst().header("Origin", otherPort).contentType(ContentType.JSON)
                    .body("{\"slug\": \"cross-site-lab\", \"name\": \"Cross\", \"kind\": \"OTHER\"}").post("/api/labs").then().statusCode(403);
        }
        asAnalyst().get("/api/labs/cross-site-lab").then().statusCode(404);
        String ownOrigin = root.toString().replaceAll("/$", "");
        asAnalyst().header("Origin", ownOrigin).header("Sec-Fetch-Site", "same-origin").contentType(ContentType.JSON)
                .body("{\"slug\": \"same-site-lab\", \"name\": \"Same\", \"kind\": \"OTHER\"}").post("/api/labs").then().statusCode(201);
        // Behind a proxy that hands Labwatch another Host, the configured public address is still its own origin.
        asAnalyst().header("Origin", "https://labwatch.example.com").contentType(ContentType.JSON)
                .body("{\"slug\": \"public-origin-lab\", \"name\": \"Public\", \"kind\": \"OTHER\"}").post("/api/labs").then().statusCode(201);
    }

    @Test
    void theApiTakesTheSessionCookieForReadsOnly() {
        WebSession analyst = WebSession.signIn("analyst");
        analyst.request().get("/api/labs/anthropic").then().statusCode(200);
        analyst.request().header("X-CSRF-Token", analyst.csrf()).contentType(ContentType.JSON)
                .body("{\"slug\": \"cookie-lab\", \"name\": \"Cookie\", \"kind\": \"OTHER\"}").post("/api/labs").then().statusCode(401);
        asAnalyst().get("/api/labs/cookie-lab").then().statusCode(404);
    }

    @Test
    void aSignInWithoutTheLoginFormsTokenIsRefused() {
        given().redirects().follow(false).contentType(ContentType.URLENC).formParam("username", "analyst")
                .formParam("password", "analyst-demo-password").post("/login").then().statusCode(403);
        given().redirects().follow(false).cookie(WebSession.LOGIN, "attackers-nonce").contentType(ContentType.URLENC)
                .formParam("csrf-token", "guess").formParam("username", "analyst").formParam("password", "analyst-demo-password")
                .post("/login").then().statusCode(403);
        WebSession.attempt(given(), "analyst", "analyst-demo-password").then().statusCode(303);
    }
}

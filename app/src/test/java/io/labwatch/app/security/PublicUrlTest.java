package io.labwatch.app.security;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;

import io.labwatch.app.TestUsers;
import io.labwatch.app.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Absolute URLs come from {@code labwatch.http.public-url} (https://labwatch.example.com in the test profile), never from
 * the Host header a client sends: a feed fetched with {@code Host: evil.example} (a poisoned cache, a proxy that
 * passes Host through) must not hand its readers links to that site. A Host that is not a plain host[:port] is refused.
 */
@QuarkusTest
class PublicUrlTest {

    private static final String PUBLIC = "https://labwatch.example.com";
    private static final String EVIL = "evil.example";

    @Test
    void aFeedFetchedWithAForgedHostLinksOnlyToThePublicUrl() throws IOException {
        String feed = raw("GET /feeds/labs/anthropic.atom HTTP/1.1\r\nHost: " + EVIL + "\r\nAuthorization: " + basic("reader")
                + "\r\nConnection: close\r\n\r\n");
        assertThat(feed).startsWith("HTTP/1.1 200").doesNotContain(EVIL);
        assertThat(feed).contains("href=\"" + PUBLIC + "/labs/anthropic\"").contains("href=\"" + PUBLIC + "/feeds/labs/anthropic.atom\"");
    }

    @Test
    void theApiNamesCreatedRecordsAndPagesOnThePublicUrl() {
        Response created = asAnalyst().header("Host", EVIL).contentType(ContentType.JSON)
                .body("{\"slug\": \"public-url-lab\", \"name\": \"Public URL Lab\", \"kind\": \"OTHER\"}").post("/api/labs");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo(PUBLIC + "/api/labs/public-url-lab");

        Response page = asAnalyst().header("Host", EVIL).get("/api/labs?size=1&page=2");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().getValues("Link")).isNotEmpty().allSatisfy(link -> assertThat(link).contains("<" + PUBLIC + "/api/labs?")
                .doesNotContain(EVIL));
    }

    @Test
    void thePrivateFeedUrlShownOnceIsOnThePublicUrl() {
        WebSession reader = WebSession.signIn("reader");
        String csrf = reader.csrf();
        String page = reader.request().header("Host", EVIL).contentType(ContentType.URLENC).formParam("csrf-token", csrf)
                .post("/watchlist/feed-token").then().statusCode(200).extract().htmlPath().getString("**.find { it.@id == 'new-feed-url' }");
        assertThat(page).startsWith(PUBLIC + "/feeds/watchlist/wf_").endsWith(".atom");
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example/feeds", "user@evil.example", "evil.example:80:80", "evil example", "evil.example?x=1",
            "evil.example#x", "[::1", "evil.example:", "evil..example", "évil.example", "%65vil.example",
            "evil.example\\x", "evil.example,other.example", "<evil>"})
    void aHostThatIsNotAPlainHostAndPortIsRefused(String host) throws IOException {
        String answer = raw("GET /feeds/labs/anthropic.atom HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: " + basic("reader")
                + "\r\nConnection: close\r\n\r\n");
        assertThat(answer).as(host).startsWith("HTTP/1.1 400");
    }

    @Test
    void aPlainHostAndPortIsServed() throws IOException {
        for (String host : new String[] {"localhost", "localhost:" + RestAssured.port, "127.0.0.1:" + RestAssured.port, "[::1]:8080",
                "labwatch.example.com"}) {
            assertThat(raw("GET /q/health/live HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")).as(host).startsWith("HTTP/1.1 200");
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user + TestUsers.PASSWORD_SUFFIX).getBytes(StandardCharsets.UTF_8));
    }

    /** One request as written, on its own connection: HTTP clients refuse to send a Host header of their caller's choosing. */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}

package io.labwatch.app.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.labwatch.app.FactsOfEveryKind;
import io.labwatch.app.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What people notice: the follow button says when they follow, a lab's feed has an address a feed reader can use, every
 * date in a page's text reads one way, and the footer says what its freshness measures.
 */
@QuarkusTest
class PagePolishTest {

    @BeforeEach
    void seed() {
        FactsOfEveryKind.seed("pp", 0);
    }

    @Test
    void theFollowButtonSaysFollowingAndUnfollowingReturnsToThePage() {
        WebSession analyst = WebSession.signIn("analyst");
        analyst.post("/watchlist/unfollow", "kind", "lab", "slug", "pp-lab");
        assertThat(analyst.request().get("/labs/pp-lab").asString()).contains(">Follow</button>").doesNotContain("Following");

        assertThat(analyst.post("/watchlist/follow", "kind", "lab", "slug", "pp-lab").header("Location")).endsWith("/labs/pp-lab");
        assertThat(analyst.request().get("/labs/pp-lab").asString()).contains("✓ Following").contains(">Unfollow</button>")
                .doesNotContain(">Follow</button>");
        // another user's page is their own
        assertThat(WebSession.signIn("reader").request().get("/labs/pp-lab").asString()).contains(">Follow</button>");

        Response unfollowed = analyst.post("/watchlist/unfollow", "kind", "lab", "slug", "pp-lab", "back", "/labs/pp-lab");
        assertThat(unfollowed.header("Location")).endsWith("/labs/pp-lab");
        assertThat(analyst.post("/watchlist/unfollow", "kind", "lab", "slug", "pp-lab", "back", "//evil.example/").header("Location"))
                .endsWith("/watchlist");
        assertThat(analyst.request().get("/labs/pp-lab").asString()).contains(">Follow</button>");
    }

    @Test
    void aFeedReaderReadsALabsFeedAtItsSignedAddressUntilTheTokenIsReplaced() {
        WebSession reader = WebSession.signIn("reader");
        reader.post("/watchlist/feed-token/revoke");
        assertThat(reader.request().get("/labs/pp-lab").asString()).contains("href=\"/watchlist/feed-link?feed=labs/pp-lab\"");
        assertThat(reader.request().get("/watchlist/feed-link?feed=labs/pp-lab").asString()).contains("You have no private feed token yet");
        assertThat(reader.request().get("/watchlist/feed-link?feed=../admin").statusCode()).isEqualTo(400);

        reader.post("/watchlist/feed-token");
        String url = feedUrl(reader, "labs/pp-lab");
        String path = url.replaceFirst("^https?://[^/]+", "");
        Response feed = given().auth().none().get(path);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("application/atom+xml");
        assertThat(feed.asString()).contains("Labwatch: pp Lab");

        assertThat(given().auth().none().get(path.replace("/labs/pp-lab.atom", "/labs/anthropic.atom")).statusCode()).as("another feed").isEqualTo(404);
        assertThat(given().auth().none().get(path.replace("/reader/", "/analyst/")).statusCode()).as("another user").isEqualTo(404);
        String signature = path.split("/")[4];
        assertThat(given().auth().none().get(path.replace(signature, "0".repeat(signature.length()))).statusCode()).isEqualTo(404);
        String person = feedUrl(reader, "people/pp-person").replaceFirst("^https?://[^/]+", "");
        assertThat(given().auth().none().get(person).asString()).contains("Labwatch: pp Person");

        reader.post("/watchlist/feed-token");
        assertThat(given().auth().none().get(path).statusCode()).as("after the token was replaced").isEqualTo(404);
        assertThat(given().auth().none().redirects().follow(false).get("/feeds/labs/pp-lab.atom").statusCode())
                .as("the feed at the address without a signature still needs a sign-in").isIn(302, 401);
    }

    @Test
    void everyDateInThePagesTextReadsOneWay() {
        WebSession analyst = WebSession.signIn("analyst");
        for (String path : List.of("/", "/labs", "/labs/pp-lab", "/labs/anthropic", "/people/andrej-karpathy", "/timeline", "/briefs",
                "/watchlist", "/review", "/account", "/merge/labs/pp-lab", "/history/labs/pp-lab", "/flows/cohort?lab=anthropic",
                "/freshness", "/search?q=karpathy", "/cases")) {
            String page = analyst.request().get(path).then().statusCode(200).extract().asString();
            String text = page.replaceAll("(?s)<script.*?</script>", "").replaceAll("(?s)<[^>]*>", " ");
            Matcher iso = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b").matcher(text);
            assertThat(iso.find() ? text.substring(Math.max(0, iso.start() - 60), Math.min(text.length(), iso.end() + 20)) : null)
                    .as("an ISO date in the text of " + path).isNull();
        }
    }

    @Test
    void theFooterSaysWhatItsFreshnessMeasures() {
        String page = WebSession.signIn("reader").request().get("/labs").asString();
        assertThat(page).containsPattern("data last changed \\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2} UTC")
                .containsPattern("the newest fact happened on \\d{1,2} [A-Z][a-z]+ \\d{4}")
                .contains("a lab's profile was last verified on");
    }

    private static String feedUrl(WebSession session, String feed) {
        String page = session.request().get("/watchlist/feed-link?feed=" + feed).asString();
        Matcher m = Pattern.compile("id=\"feed-url\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as(page).isTrue();
        return m.group(1);
    }
}

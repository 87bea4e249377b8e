package io.labwatch.app.feed;

import static io.labwatch.app.TestUsers.asAnalyst;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.labwatch.domain.timeline.TimelineEntry;
import io.labwatch.domain.watchlist.Watchlist;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A saved search brings its facts into the watchlist; the watchlist's private feed opens with its token until revoked. */
@QuarkusTest
class WatchlistFeedTest {

    @Inject
    Watchlist watchlist;

    @Test
    void aSavedSearchFollowsThePeopleAndLabsItFinds() {
        watchlist.saveSearch("admin", "Nordeen");
        Instant since = Instant.now();
        asAnalyst().contentType(ContentType.JSON).body("""
                {"person": "ross-nordeen", "fromLab": "anthropic", "toLab": "openai", "kind": "JOINED", "announcedOn": "2026-11-10",
                 "seniority": "SENIOR", "citations": [{"source": "cnbc-karpathy-anthropic"}]}""").post("/api/hires").then().statusCode(201);
        assertThat(watchlist.whatsNew("admin", since, 10)).extracting(TimelineEntry::summary)
                .containsExactly("Ross Nordeen joined OpenAI from Anthropic");
        assertThat(watchlist.savedSearches("admin")).extracting(Watchlist.SavedSearch::query).contains("Nordeen");
    }

    @Test
    void theWatchlistFeedOpensWithItsTokenAndStopsWhenRevokedOrReplaced() throws Exception {
        watchlist.follow("analyst", "lab", "thinking-machines");
        asAnalyst().contentType(ContentType.JSON).body("""
                {"person": "andrej-karpathy", "fromLab": "anthropic", "toLab": "thinking-machines", "kind": "JOINED",
                 "announcedOn": "2026-11-12", "seniority": "PRINCIPAL", "citations": [{"source": "cnbc-karpathy-anthropic"}]}""")
                .post("/api/hires").then().statusCode(201);
        String token = watchlist.newFeedToken("analyst");
        String xml = given().get("/feeds/watchlist/" + token + ".atom").then().statusCode(200)
                .contentType("application/atom+xml").extract().asString();
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertThat(feed.getTitle()).isEqualTo("Labwatch: analyst's watchlist");
        assertThat(feed.getEntries()).isNotEmpty();
        SyndEntry first = feed.getEntries().get(0);
        assertThat(first.getTitle()).startsWith("Andrej Karpathy joined Thinking Machines");
        assertThat(first.getUri()).startsWith("tag:labwatch.dev,2026:hire:");
        assertThat(first.getUpdatedDate()).isNotNull();
        assertThat(first.getLink()).endsWith("/watchlist");
        assertThat(xml).doesNotContain("password");

        String replacement = watchlist.newFeedToken("analyst");
        given().get("/feeds/watchlist/" + token + ".atom").then().statusCode(404);
        given().get("/feeds/watchlist/" + replacement + ".atom").then().statusCode(200);
        watchlist.revokeFeedToken("analyst");
        given().get("/feeds/watchlist/" + replacement + ".atom").then().statusCode(404);
    }
}

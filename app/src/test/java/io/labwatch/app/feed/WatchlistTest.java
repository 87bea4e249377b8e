package io.labwatch.app.feed;

import static io.labwatch.app.TestUsers.as;
import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.labwatch.domain.timeline.TimelineEntry;
import io.labwatch.domain.watchlist.Watchlist;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A reader follows a lab and a person and sees, newest first, only the facts recorded since about those. */
@QuarkusTest
class WatchlistTest {

    @Inject
    Watchlist watchlist;

    @Test
    void whatsNewListsFactsRecordedSinceAboutWhatIsFollowed() {
        watchlist.follow("reader", "lab", "xai");
        watchlist.follow("reader", "person", "sam-altman");
        Instant since = Instant.now();

        asAnalyst().contentType(ContentType.JSON).body("""
                {"person": "nick-joseph", "fromLab": "anthropic", "toLab": "xai", "kind": "JOINED", "announcedOn": "2026-10-01",
                 "seniority": "EXECUTIVE", "role": "Head of Pre-training", "citations": [{"source": "cnbc-karpathy-anthropic"}]}""")
                .post("/api/hires").then().statusCode(201);
        asAnalyst().contentType(ContentType.JSON).body("""
                {"person": "sam-altman", "fromLab": "openai", "toLab": "yahoo", "kind": "JOINED", "announcedOn": "2026-10-02",
                 "seniority": "EXECUTIVE", "citations": [{"source": "cnbc-karpathy-anthropic"}]}""")
                .post("/api/hires").then().statusCode(201);
        asAnalyst().contentType(ContentType.JSON).body("""
                {"person": "elon-musk", "toLab": "tesla", "kind": "PROMOTED", "announcedOn": "2026-10-03",
                 "seniority": "EXECUTIVE", "citations": [{"source": "cnbc-karpathy-anthropic"}]}""")
                .post("/api/hires").then().statusCode(201);

        List<TimelineEntry> news = watchlist.whatsNew("reader", since, 50);
        assertThat(news).extracting(TimelineEntry::summary)
                .containsExactly("Sam Altman joined Yahoo from OpenAI", "Nick Joseph joined xAI from Anthropic as Head of Pre-training");
        assertThat(news).allSatisfy(e -> assertThat(e.citations()).isNotEmpty());
        assertThat(watchlist.whatsNew("analyst", since, 50)).isEmpty();

        as("reader").get("/watchlist?since=" + LocalDate.now()).then().statusCode(200)
                .body(containsString("Nick Joseph joined xAI from Anthropic"), containsString("Sam Altman joined Yahoo"))
                .body(not(containsString("Elon Musk was promoted")));
        as("reader").get("/labs/xai").then().statusCode(200).body(containsString("✓ Following"),
                containsString("action=\"/watchlist/unfollow\""));
        as("reader").get("/api/watchlist/news?since=" + LocalDate.now()).then().statusCode(200)
                .body("items.summary", hasItem("Nick Joseph joined xAI from Anthropic as Head of Pre-training"));
        as("reader").get("/api/watchlist/news?since=" + Instant.now()).then().statusCode(200).body("items.size()", equalTo(0));
        as("reader").get("/api/watchlist/news?since=yesterday").then().statusCode(400).body("errors[0].field", equalTo("since"));

        // a followed person's news is every fact that names them (through fact_party): a move reporting to them too
        Instant later = Instant.now();
        asAnalyst().contentType(ContentType.JSON).body("""
                {"person": "ross-nordeen", "fromLab": "anthropic", "toLab": "yahoo", "kind": "JOINED", "announcedOn": "2026-10-04",
                 "seniority": "SENIOR", "reportsTo": "sam-altman", "citations": [{"source": "cnbc-karpathy-anthropic"}]}""")
                .post("/api/hires").then().statusCode(201);
        assertThat(watchlist.whatsNew("reader", later, 50)).extracting(TimelineEntry::summary)
                .containsExactly("Ross Nordeen joined Yahoo from Anthropic, reporting to Sam Altman");
    }
}

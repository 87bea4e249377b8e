package io.labwatch.app.feed;

import static io.labwatch.app.TestUsers.asAnalyst;
import static io.labwatch.app.TestUsers.asReader;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.agroal.api.AgroalDataSource;
import io.labwatch.domain.account.AccountService;
import io.labwatch.domain.account.Role;
import io.labwatch.domain.watchlist.Watchlist;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A lab name stored before the write rule with characters XML cannot carry (U+FFFF, U+FFFE) no longer breaks what is
 * XML underneath: the lab's Atom feed, its followers' private feeds, its PDF briefs and publishing answer, without them.
 */
@QuarkusTest
class StoredBrokenCharacterTest {

    private static final String SLUG = "old-data-lab";

    @Inject
    AgroalDataSource database;

    @Inject
    Watchlist watchlist;

    @Inject
    AccountService accounts;

    @Test
    void feedsAndPdfsOfALabWithAnInvisibleCharacterInItsStoredNameAnswer() throws Exception {
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"" + SLUG + "\", \"name\": \"Old Data Lab\", \"kind\": \"OTHER\"}")
                .post("/api/labs").then().statusCode(201);
        asAnalyst().contentType(ContentType.JSON).body("{\"lab\": \"" + SLUG + "\", \"name\": \"Seed\", \"announcedOn\": \"2026-03-02\", "
                + "\"amountRaised\": 1000000, \"citations\": [{\"source\": \"cnbc-karpathy-anthropic\"}]}").post("/api/funding-rounds")
                .then().statusCode(201);
        accounts.create("old-data-follower", "old-data-follower-password", Role.READER, false);
        watchlist.follow("old-data-follower", "lab", SLUG);
        String token = watchlist.newFeedToken("old-data-follower");
        storeName("Old\uFFFF Data\uFFFE Lab");

        // the profile page shows the name without the code points HTML forbids
        assertThat(asReader().get("/labs/" + SLUG).then().statusCode(200).extract().asString()).contains("Old Data Lab")
                .doesNotContain("\uFFFF").doesNotContain("\uFFFE");
        SyndFeed labFeed = feed(asReader().get("/feeds/labs/" + SLUG + ".atom").then().statusCode(200)
                .contentType("application/atom+xml").extract().asString());
        assertThat(labFeed.getTitle()).isEqualTo("Labwatch: Old Data Lab");
        assertThat(labFeed.getEntries()).extracting(SyndEntry::getTitle).anySatisfy(t -> assertThat(t).startsWith("Old Data Lab raised"));

        SyndFeed privateFeed = feed(given().get("/feeds/watchlist/" + token + ".atom").then().statusCode(200)
                .contentType("application/atom+xml").extract().asString());
        assertThat(privateFeed.getEntries()).extracting(SyndEntry::getTitle).anySatisfy(t -> assertThat(t).startsWith("Old Data Lab raised"));

        String request = "{\"audience\": \"INVESTOR\", \"labs\": [\"" + SLUG + "\"], \"from\": \"2026-01-01\", \"to\": \"2026-12-31\", "
                + "\"asOf\": \"" + LocalDate.now().plusDays(1) + "\"}";
        byte[] pdf = asAnalyst().contentType(ContentType.JSON).body(request).post("/api/briefs?format=pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Old Data Lab");
        }
        int id = asAnalyst().contentType(ContentType.JSON).body(request).post("/api/briefs/published").then().statusCode(201)
                .extract().path("id");
        asAnalyst().get("/api/briefs/" + id + "?format=pdf").then().statusCode(200).contentType("application/pdf");
        // The stored name is left as it was: the renderers drop the characters, they do not repair the row.
        assertThat(storedName()).isEqualTo("Old\uFFFF Data\uFFFE Lab");
    }

    /** Plain SQL, past the write path: how a row stored before the rule looks. */
    private void storeName(String name) throws Exception {
        try (Connection c = database.getConnection(); PreparedStatement update = c.prepareStatement("update lab set name = ? where slug = ?")) {
            update.setString(1, name);
            update.setString(2, SLUG);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        assertThat(storedName()).isEqualTo(name);
    }

    private String storedName() throws Exception {
        try (Connection c = database.getConnection(); PreparedStatement select = c.prepareStatement("select name from lab where slug = ?")) {
            select.setString(1, SLUG);
            try (ResultSet r = select.executeQuery()) {
                assertThat(r.next()).isTrue();
                return r.getString(1);
            }
        }
    }

    private static SyndFeed feed(String xml) throws Exception {
        return new SyndFeedInput().build(new StringReader(xml));
    }
}

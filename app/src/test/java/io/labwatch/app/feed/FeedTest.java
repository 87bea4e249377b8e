package io.labwatch.app.feed;

import static io.labwatch.app.TestUsers.asAnalyst;
import static io.labwatch.app.TestUsers.asReader;
import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Atom feeds parse with ROME, with stable entry ids, dates and links back to the profile; an edit updates its entry. */
@QuarkusTest
class FeedTest {

    private static SyndFeed read(String path) throws Exception {
        String xml = asReader().get(path).then().statusCode(200).contentType("application/atom+xml").extract().asString();
        return new SyndFeedInput().build(new StringReader(xml));
    }

    @Test
    void labFeedHasOneEntryPerFactWithIdsDatesAndLinks() throws Exception {
        SyndFeed feed = read("/feeds/labs/anthropic.atom");

        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("Labwatch: Anthropic");
        assertThat(feed.getLinks()).anySatisfy(l -> assertThat(l.getRel()).isEqualTo("self"));
        List<SyndEntry> entries = feed.getEntries();
        assertThat(entries).isNotEmpty();
        assertThat(new HashSet<>(entries.stream().map(SyndEntry::getUri).toList())).hasSize(entries.size());
        for (SyndEntry e : entries) {
            assertThat(e.getUri()).startsWith("tag:labwatch.dev,2026:");
            assertThat(e.getUpdatedDate()).isNotNull();
            assertThat(e.getLink()).endsWith("/labs/anthropic");
        }
        assertThat(entries).anySatisfy(e -> assertThat(e.getTitle()).contains("Andrej Karpathy joined Anthropic"));
    }

    @Test
    void editingAFactUpdatesItsEntryUnderTheSameId() throws Exception {
        SyndFeed before = read("/feeds/people/ross-nordeen.atom");
        SyndEntry nordeen = before.getEntries().stream().filter(e -> e.getTitle().contains("joined Anthropic")).findFirst().orElseThrow();
        Date then = nordeen.getUpdatedDate();
        String id = nordeen.getUri().substring(nordeen.getUri().lastIndexOf(':') + 1);

        Thread.sleep(1100);
        int version = asAnalyst().get("/api/hires/" + id).then().statusCode(200).extract().path("version");
        asAnalyst().contentType("application/merge-patch+json").header("If-Match", "\"" + version + "\"")
                .body("{\"role\": \"Member of technical staff\"}").patch("/api/hires/" + id).then().statusCode(200);

        SyndEntry after = read("/feeds/people/ross-nordeen.atom").getEntries().stream()
                .filter(e -> e.getUri().equals(nordeen.getUri())).findFirst().orElseThrow();
        assertThat(after.getTitle()).contains("Member of technical staff");
        assertThat(after.getUpdatedDate()).isAfter(then);
    }
}

package io.labwatch.app.web;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** Web pages cost a bounded number of SQL statements, the same before and after a lab gains many facts. */
@QuarkusTest
class PageStatementCountTest {

    private static final Map<String, Integer> PAGES = new LinkedHashMap<>();

    // Each bound includes one statement that authenticates the request (the user's account, for HTTP Basic). The full
    // password check costs more statements; it is remembered while a client keeps using it, and the seed's import
    // requests warm it, so every counted request takes the one-statement path.
    static {
        PAGES.put("/", 4);
        // one more since data centers: those the lab operates, owns or rents in, with their other renters (one statement);
        // one more for analysts since review: what is proposed about the lab; one more since the follow button says
        // "Following": whether the user follows the lab (one row, on the follow table's keys; the person page's too)
        PAGES.put("/labs/page-count-lab", 14);
        PAGES.put("/people/page-count-boss", 7);
        PAGES.put("/compare?labs=page-count-lab&labs=anthropic", 7);
        PAGES.put("/flows", 3);
        // the seeded years only: the timeline loads each kind of fact on its page with one statement, so the page must show
        // the same kinds with two facts and with forty (the demo's and other tests' facts of other kinds stay off it)
        PAGES.put("/timeline?from=2041-01-01&to=2041-12-31", 15);
        PAGES.put("/search?q=counting", 3);
    }

    @Inject
    SessionFactory sessions;

    @Test
    void pagesCostTheSameStatementsWithTwoOrFortyFacts() {
        seed(0, 2);
        Map<String, Long> small = counts();
        seed(2, 40);
        Map<String, Long> large = counts();

        PAGES.forEach((page, bound) -> {
            assertThat(large.get(page)).as("statements for %s with 40 facts vs 2", page).isEqualTo(small.get(page));
            assertThat(large.get(page)).as("statements for %s", page).isLessThanOrEqualTo(bound);
        });
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String page : PAGES.keySet()) {
            sessions.getStatistics().clear();
            asAnalyst().get(page).then().statusCode(200);
            counts.put(page, sessions.getStatistics().getPrepareStatementCount());
        }
        return counts;
    }

    private void seed(int from, int to) {
        String people = IntStream.range(from, to).mapToObj(i -> "{\"slug\": \"page-count-" + i + "\", \"name\": \"Page Count " + i + "\"}")
                .collect(Collectors.joining(","));
        String hires = IntStream.range(from, to).mapToObj(i -> "{\"person\": \"page-count-" + i + "\", \"fromLab\": \"meta\", "
                        + "\"toLab\": \"page-count-lab\", \"kind\": \"JOINED\", \"team\": \"Counting\", \"reportsTo\": \"page-count-boss\", "
                        + "\"announcedOn\": \"2041-03-" + String.format("%02d", 1 + i % 28) + "\", \"seniority\": \"SENIOR\", "
                        + "\"citations\": [{\"source\": \"cnbc-karpathy-anthropic\"}]}")
                .collect(Collectors.joining(","));
        String valuations = IntStream.range(from, to).mapToObj(i -> "{\"lab\": \"page-count-lab\", \"asOf\": \"2041-01-" + String.format("%02d", 1 + i % 28)
                        + "\", \"value\": " + (1000 + i) + "000000, \"basis\": \"" + (i < 28 ? "ESTIMATE" : "SECONDARY_SALE")
                        + "\", \"citations\": [{\"source\": \"techcrunch-karpathy-anthropic\"}]}")
                .collect(Collectors.joining(","));
        asAnalyst().contentType(ContentType.JSON).body("{\"labs\": [{\"slug\": \"page-count-lab\", \"name\": \"Page Count Lab\", \"kind\": \"AI_STARTUP\"}],"
                + " \"people\": [{\"slug\": \"page-count-boss\", \"name\": \"Page Count Boss\"}" + (people.isEmpty() ? "" : "," + people) + "],"
                + " \"hires\": [" + hires + "], \"valuations\": [" + valuations + "]}").post("/api/import").then().statusCode(200);
    }
}

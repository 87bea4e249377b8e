package io.labwatch.app.api;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * List endpoints cost the same number of SQL statements for a page of 1 as for a page of 30: no N+1. Each bound
 * includes one statement that authenticates the request (the account of the HTTP Basic user).
 */
@QuarkusTest
class StatementCountTest {

    private static final int ROWS = 30;

    @Inject
    SessionFactory sessions;

    @BeforeEach
    void seed() {
        if (asAnalyst().get("/api/labs/count-lab").statusCode() == 200) {
            return;
        }
        String people = IntStream.range(0, ROWS).mapToObj(i -> "{\"slug\": \"count-person-" + i + "\", \"name\": \"Count Person " + i + "\"}")
                .collect(Collectors.joining(","));
        String hires = IntStream.range(0, ROWS).mapToObj(i -> "{\"person\": \"count-person-" + i + "\", \"fromLab\": \"openai\", "
                        + "\"toLab\": \"count-lab\", \"kind\": \"JOINED\", \"role\": \"Researcher\", \"team\": \"Counting\", "
                        + "\"reportsTo\": \"nick-joseph\", \"announcedOn\": \"2025-01-" + String.format("%02d", 1 + i % 28) + "\", "
                        + "\"seniority\": \"SENIOR\", \"citations\": [{\"source\": \"cnbc-karpathy-anthropic\"}, {\"source\": \"techcrunch-karpathy-anthropic\"}]}")
                .collect(Collectors.joining(","));
        String deals = IntStream.range(0, ROWS).mapToObj(i -> "{\"buyer\": \"count-lab\", \"provider\": \"spacex\", \"facility\": \"DC " + i
                        + "\", \"announcedOn\": \"2025-02-01\", \"citations\": [{\"source\": \"cnbc-karpathy-anthropic\"}]}")
                .collect(Collectors.joining(","));
        asAnalyst().contentType(ContentType.JSON)
                .body("{\"labs\": [{\"slug\": \"count-lab\", \"name\": \"Count Lab\", \"kind\": \"AI_STARTUP\"}], \"people\": [" + people
                        + "], \"hires\": [" + hires + "], \"computeDeals\": [" + deals + "]}")
                .post("/api/import").then().statusCode(200);
    }

    @Test
    void hireListIsConstant() {
        assertConstant("/api/hires?lab=count-lab", 5);
    }

    @Test
    void computeDealListIsConstant() {
        assertConstant("/api/compute-deals?buyer=count-lab", 5);
    }

    @Test
    void peopleListIsConstant() {
        assertConstant("/api/people?lab=count-lab", 4);
    }

    @Test
    void citationListIsConstant() {
        assertConstant("/api/citations?source=cnbc-karpathy-anthropic", 4);
    }

    @Test
    void labListIsConstant() {
        assertConstant("/api/labs?kind=AI_STARTUP", 4);
    }

    @Test
    void timelineIsConstant() {
        assertConstant("/api/labs/count-lab/timeline?kind=HIRE_IN,COMPUTE_DEAL", 9);
    }

    /** Besides the caller's authentication: the overview's page and its count, or by cursor its page alone; search, its page. */
    @Test
    void overviewAndSearchAreOneStatementAndACount() {
        assertThat(statements("/api/labs/overview")).isEqualTo(3);
        assertThat(statements("/api/labs/overview?limit=5")).isEqualTo(2);
        assertThat(statements("/api/search?q=counting")).isEqualTo(2);
    }

    private void assertConstant(String path, int atMost) {
        long one = statements(path + "&size=1");
        long many = statements(path + "&size=" + ROWS);
        assertThat(many).as("statements for %s with %d rows vs 1 row", path, ROWS).isEqualTo(one);
        assertThat(many).as("statements for %s", path).isLessThanOrEqualTo(atMost);
    }

    private long statements(String path) {
        sessions.getStatistics().clear();
        asAnalyst().get(path).then().statusCode(200);
        return sessions.getStatistics().getPrepareStatementCount();
    }
}

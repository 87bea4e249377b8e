package io.labwatch.app.api;

import static io.labwatch.app.TestUsers.asAdmin;
import static io.labwatch.app.TestUsers.asAnalyst;
import static io.labwatch.app.TestUsers.asReader;
import static org.assertj.core.api.Assertions.assertThat;

import io.labwatch.app.contract.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Lists page by cursor as well as by number: stable while rows are added, with no total counted. */
@QuarkusTest
class CursorPagingTest {

    @Test
    void aCursorWalksEveryRowOnceEvenWhenOneIsAddedMeanwhile() {
        String lab = newLab();
        List<Long> made = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            made.add(hire(lab, "2026-03-0" + day));
        }
        List<Long> seen = new ArrayList<>();
        Response first = asReader().get("/api/hires?lab=" + lab + "&limit=2");
        first.then().statusCode(200);
        assertThat(first.jsonPath().getMap("$")).doesNotContainKeys("total", "pages", "page");
        assertThat(first.jsonPath().getInt("size")).isEqualTo(2);
        seen.addAll(ids(first));
        // a new move, newest of all, lands before the cursor: numbered pages would now repeat a row, a cursor does not
        long added = hire(lab, "2026-03-09");
        String next = first.jsonPath().getString("next");
        assertThat(first.header("Link")).contains("rel=\"next\"").contains("cursor=");
        while (next != null) {
            Response page = asReader().get("/api/hires?lab=" + lab + "&limit=2&cursor=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            page.then().statusCode(200);
            seen.addAll(ids(page));
            next = page.jsonPath().getString("next");
            if (next == null) {
                assertThat(page.header("Link")).isNull();
            }
        }
        assertThat(seen).doesNotHaveDuplicates().containsExactlyElementsOf(reversed(made)).doesNotContain(added);
        // numbered pages go on as before, with their total
        assertThat(asReader().get("/api/hires?lab=" + lab + "&size=2&page=1").jsonPath().getInt("total")).isEqualTo(6);
    }

    @Test
    void aCursorFollowsTheSortAskedFor() {
        String lab = newLab();
        List<Long> made = List.of(hire(lab, "2026-04-01"), hire(lab, "2026-04-02"), hire(lab, "2026-04-03"));
        List<Long> seen = new ArrayList<>();
        String next = "";
        do {
            Response page = asReader().get("/api/hires?lab=" + lab + "&sort=announcedOn&limit=1&cursor=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            page.then().statusCode(200);
            seen.addAll(ids(page));
            next = page.jsonPath().getString("next");
        } while (next != null);
        assertThat(seen).containsExactlyElementsOf(made);
    }

    @Test
    void theTimelineWalksByCursorInItsOwnOrder() {
        String lab = newLab();
        // two moves on one day: the timeline orders them by fact, and the cursor must too
        List<Long> made = List.of(hire(lab, "2026-06-01"), hire(lab, "2026-06-02"), hire("andrej-karpathy", lab, "2026-06-02"),
                hire(lab, "2026-06-03"));
        List<Long> byNumber = asReader().get("/api/labs/" + lab + "/timeline?size=100").jsonPath().getList("items.factId", Long.class);
        List<Long> seen = new ArrayList<>();
        String next = "";
        do {
            Response page = asReader().get("/api/labs/" + lab + "/timeline?limit=1&cursor=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            page.then().statusCode(200);
            seen.addAll(page.jsonPath().getList("items.factId", Long.class));
            next = page.jsonPath().getString("next");
        } while (next != null);
        assertThat(seen).containsExactlyElementsOf(byNumber).containsExactlyInAnyOrderElementsOf(made);
    }

    @Test
    @SendsInvalidRequests("a forged cursor, a cursor of another sort, and a cursor with a page number")
    void aCursorThisListDidNotGiveIsA400NamingIt() {
        String lab = newLab();
        hire(lab, "2026-05-01");
        hire(lab, "2026-05-02");
        String next = asReader().get("/api/hires?lab=" + lab + "&limit=1").jsonPath().getString("next");
        asReader().get("/api/hires?lab=" + lab + "&limit=1&cursor=not-a-cursor").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo("cursor"));
        asReader().get("/api/hires?lab=" + lab + "&limit=1&sort=announcedOn&cursor=" + next).then().statusCode(400)
                .body("errors[0].message", org.hamcrest.Matchers.containsString("sort"));
        asReader().get("/api/hires?lab=" + lab + "&page=2&cursor=" + next).then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("cursor"));
        asReader().get("/api/labs/" + lab + "/timeline?limit=1&cursor=" + next).then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("cursor"));
    }

    /**
     * Every list answers the one page shape, and walking it by cursor, two at a time, gives what one page of 100 gives:
     * each item once, in the list's order. The lists that page by cursor only refuse a page number, naming it.
     */
    @Test
    @SendsInvalidRequests("page numbers sent to the lists that page by cursor only")
    void everyOtherListAnswersAPageThatACursorWalks() {
        for (int i = 0; i < 3; i++) {
            asAnalyst().contentType(ContentType.JSON).body("{\"name\": \"walk " + i + "\", \"scope\": \"READ\"}").post("/api/tokens")
                    .then().statusCode(201);
            asAnalyst().contentType(ContentType.JSON).body("{\"email\": \"walk" + i + "@example.com\", \"audience\": \"INVESTOR\", "
                    + "\"labs\": [\"anthropic\"], \"cadence\": \"WEEKLY\"}").post("/api/brief-subscriptions").then().statusCode(201);
        }
        String lab = newLab();
        for (int version = 0; version < 2; version++) {
            asAnalyst().contentType("application/merge-patch+json").body("{\"headquarters\": \"City " + version + "\", \"version\": " + version + "}")
                    .patch("/api/labs/" + lab).then().statusCode(200);
        }
        for (int month = 1; month <= 3; month++) {
            asAnalyst().contentType(ContentType.JSON).body("{\"lab\": \"" + lab + "\", \"asOf\": \"2026-0" + month + "-01\", \"value\": "
                    + month + "000000000, \"basis\": \"SECONDARY_SALE\", \"citations\": [{\"source\": \"cnbc-karpathy-anthropic\"}]}")
                    .post("/api/valuations").then().statusCode(201);
        }
        asAnalyst().put("/api/watchlist/labs/anthropic").then().statusCode(204);
        try {
            walkEveryList(lab);
        } finally {
            asAnalyst().delete("/api/watchlist/labs/anthropic").then().statusCode(204);
        }
    }

    private static void walkEveryList(String lab) {
        List<String> numbered = List.of("/api/labs/overview", "/api/tokens", "/api/users", "/api/brief-subscriptions", "/api/history/labs/" + lab,
                "/api/labs/" + lab + "/valuation-history");
        List<String> byCursorOnly = List.of("/api/search?q=anthropic", "/api/watchlist/news?since=2000-01-01", "/api/briefs");
        for (String list : concat(numbered, byCursorOnly)) {
            String join = list.contains("?") ? "&" : "?";
            List<Object> all = caller(list).get(list + join + "limit=100").then().statusCode(200).extract().jsonPath().getList("items");
            if (!list.startsWith("/api/briefs")) {
                assertThat(all).as(list).hasSizeGreaterThanOrEqualTo(3);
            }
            List<Object> walked = new ArrayList<>();
            String next = "";
            do {
                Response page = caller(list).get(list + join + "limit=2&cursor=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
                page.then().statusCode(200);
                assertThat(page.jsonPath().getMap("$")).as(list).doesNotContainKeys("total", "pages", "page");
                walked.addAll(page.jsonPath().getList("items"));
                next = page.jsonPath().getString("next");
            } while (next != null);
            assertThat(walked).as(list).containsExactlyElementsOf(all);
            if (numbered.contains(list)) {
                Response byNumber = caller(list).get(list + join + "size=2&page=2");
                byNumber.then().statusCode(200);
                assertThat(byNumber.jsonPath().getList("items")).as(list).isEqualTo(all.subList(2, Math.min(4, all.size())));
                assertThat(byNumber.jsonPath().getInt("total")).as(list).isEqualTo(all.size());
            } else {
                caller(list).get(list + join + "page=2").then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("page"));
            }
        }
    }

    /** The users list is for admins; the others are the analyst's own. */
    private static io.restassured.specification.RequestSpecification caller(String list) {
        return list.equals("/api/users") ? asAdmin() : asAnalyst();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
    }

    private static List<Long> reversed(List<Long> ids) {
        List<Long> copy = new ArrayList<>(ids);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static List<Long> ids(Response page) {
        return page.jsonPath().getList("items.id", Long.class);
    }

    private static String newLab() {
        String slug = "cursor-lab-" + UUID.randomUUID().toString().substring(0, 8);
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"" + slug + "\", \"name\": \"Cursor Lab " + slug + "\", \"kind\": \"AI_STARTUP\"}")
                .post("/api/labs").then().statusCode(201);
        return slug;
    }

    private static long hire(String lab, String on) {
        return hire("john-schulman", lab, on);
    }

    private static long hire(String person, String lab, String on) {
        return asAnalyst().contentType(ContentType.JSON).body("{\"person\": \"" + person + "\", \"toLab\": \"" + lab + "\", \"kind\": \"JOINED\","
                + " \"announcedOn\": \"" + on + "\", \"seniority\": \"SENIOR\", \"citations\": [{\"source\": \"cnbc-karpathy-anthropic\"}]}")
                .post("/api/hires").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}

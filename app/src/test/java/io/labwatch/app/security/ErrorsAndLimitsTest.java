package io.labwatch.app.security;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.labwatch.app.TestUsers;
import io.labwatch.app.WebSession;
import io.labwatch.domain.account.AccountService;
import io.labwatch.domain.account.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a prober sees when sending odd requests: a 4xx that names what is wrong, never a 500. Parallel visits,
 * absurd pages, form posts without a usable body, and odd query values swept over every read route.
 */
@QuarkusTest
class ErrorsAndLimitsTest {

    /** Odd values for the query parameters the pages and lists read. */
    static final Map<String, List<String>> ODD = new LinkedHashMap<>();

    static {
        String nul = "a\u0000b";
        ODD.put("page", List.of("2147483647", "-1", "99999999999"));
        ODD.put("size", List.of("2147483647"));
        ODD.put("asOf", List.of("garbage", "+999999999-12-31T00:00Z", "-999999999-01-01"));
        ODD.put("from", List.of("9999999999-01-01", "+999999999-12-31", "-999999999-01-01"));
        ODD.put("to", List.of("+999999999-12-31"));
        ODD.put("since", List.of("garbage", "+999999999-12-31"));
        ODD.put("until", List.of("+999999999-12-31"));
        ODD.put("q", List.of(nul, "x".repeat(3000), "\"'(&|!:*"));
        ODD.put("limit", List.of("2147483647", "abc"));
        ODD.put("lab", List.of(nul));
        ODD.put("sort", List.of("-"));
        ODD.put("format", List.of("nope"));
        ODD.put("audience", List.of("nope"));
    }

    /** Bodies of form posts without a usable type: none, another type, broken escapes, a multipart without boundary. */
    private static final List<String[]> BODIES = List.of(
            new String[] {null, ""},
            new String[] {null, "version=0&name=x&slug=x&kind=lab&query=x&url=x&role=READER"},
            new String[] {"text/plain", "version=0&name=x"},
            new String[] {"application/json", "{\"version\": 0}"},
            new String[] {"application/x-www-form-urlencoded", "version=%zz&name=%E0%A4%A&%=x"},
            new String[] {"application/x-www-form-urlencoded", "version=99999999999999999999&id=abc"},
            new String[] {"multipart/form-data", "version=0"},
            new String[] {"application/x-www-form-urlencoded; charset=nope", "version=0"});

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    AccountService accounts;

    @Test
    void parallelVisitsToOnesWatchlistAllAnswer200() throws Exception {
        accounts.create("parallel-visitor", "parallel-visitor-password", Role.READER, false);
        WebSession session = WebSession.signIn("parallel-visitor", "parallel-visitor-password");
        int visits = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(visits);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < visits; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return session.request().get("/watchlist").statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).as("16 parallel GET /watchlist").containsOnly(200);
            assertThat(accounts.find("parallel-visitor").orElseThrow().newsSeenAt).as("the visit is recorded").isNotNull();
        } finally {
            pool.shutdown();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/labs", "/api/hires", "/api/labs/anthropic/timeline"})
    void anAbsurdPageOfAnApiListIsEmptyOrNamedNeverAFailure(String list) {
        asAnalyst().get(list + "?page=2147483647&size=100").then().statusCode(200).body("items.size()", equalTo(0));
        asAnalyst().get(list + "?page=-1").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("page"));
        asAnalyst().get(list + "?size=2147483647").then().statusCode(400).body("errors.field", hasItem("size"));
        asAnalyst().get(list + "?page=99999999999").then().statusCode(400).body("errors.field", hasItem("page"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/labs", "/timeline"})
    void anAbsurdPageOfAWebListIsEmptyOrNamedNeverAFailure(String list) {
        for (String page : List.of("2147483647", "-1", "99999999999", "abc")) {
            int status = asAnalyst().get(list + "?page=" + page).statusCode();
            assertThat(status).as(list + "?page=" + page).isIn(200, 400);
        }
    }

    /** The answer a prober gets names the parameter at fault and what it must be, in the API and on the pages. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ' ', value = {
            "/api/hires?from=%2B999999999-12-31 from between",
            "/api/labs/anthropic/timeline?asOf=-999999999-01-01T00:00Z asOf between",
            "/api/search?q=a%00b q control",
            "/api/labs?page=99999999999 page whole",
            "/api/watchlist/news?since=%2B999999999-12-31 since between",
            "/timeline?from=%2B999999999-12-31 from between",
            "/labs/anthropic?asOf=%2B999999999-12-31T00:00Z asOf between",
            "/watchlist?since=%2B999999999-12-31 since between",
            "/search?q=a%00b q control",
            "/labs?page=abc page whole",
            "/labs/a%00b path control"})
    void anOddValueIsRefusedNamingTheParameter(String url, String parameter, String words) {
        Response answer = asAnalyst().urlEncodingEnabled(false).get(url);
        assertThat(answer.statusCode()).as(url).isEqualTo(400);
        if (url.startsWith("/api")) {
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.jsonPath().getList("errors.field")).as(url).containsExactly(parameter);
            assertThat(answer.jsonPath().getString("errors[0].message")).as(url).contains(words);
        } else {
            assertThat(answer.asString()).as(url).contains("<strong>" + parameter + "</strong>").contains(words);
        }
    }

    /**
     * Basic-authenticated posts need no CSRF token, so they reach the form handlers: with no body type, another one,
     * broken %-escapes, an unknown charset or a number too large they get a 4xx.
     */
    @Test
    void formPostsWithoutAUsableBodyAreRefusedWithA4xx() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String[] route : AccessControlTest.webRoutes()) {
            if (!route[0].equals("POST")) {
                continue;
            }
            String url = AccessControlTest.concrete(route[1]);
            String user = route[1].startsWith("/admin") ? "admin" : "analyst";
            for (String[] variant : BODIES) {
                HttpRequest.Builder post = request(user, url).POST(HttpRequest.BodyPublishers.ofString(variant[1]));
                if (variant[0] != null) {
                    post.header("Content-Type", variant[0]);
                }
                int status = HTTP.send(post.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status >= 500) {
                    wrong.add("POST " + url + " " + variant[0] + " " + variant[1] + ": " + status);
                }
            }
        }
        assertThat(wrong).as("form handlers that failed on a post without a usable body type").isEmpty();
    }

    /** Every read route, each odd value alone: a 4xx naming the parameter or an ordinary answer, never a 5xx. */
    @Test
    void oddQueryValuesOnEveryReadRouteNeverFail() throws Exception {
        List<String[]> routes = new ArrayList<>(AccessControlTest.apiRoutes());
        routes.addAll(AccessControlTest.webRoutes());
        List<String> wrong = new ArrayList<>();
        for (String[] route : routes) {
            if (!route[0].equals("GET")) {
                continue;
            }
            String url = AccessControlTest.concrete(route[1]);
            for (Map.Entry<String, List<String>> parameter : ODD.entrySet()) {
                for (String value : parameter.getValue()) {
                    String query = (url.contains("?") ? "&" : "?") + parameter.getKey() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
                    int status = HTTP.send(request("analyst", url + query).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status >= 500) {
                        wrong.add("GET " + url + "?" + parameter.getKey() + "=" + abbreviated(value) + ": " + status);
                    }
                }
            }
        }
        assertThat(wrong).as("routes that failed on an odd query value").isEmpty();
    }

    /** A plain client (RestAssured adds a body type of its own, and costs more per request than the sweep can afford). */
    private static HttpRequest.Builder request(String user, String url) {
        String credentials = user + ":" + user + TestUsers.PASSWORD_SUFFIX;
        return HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + url))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    private static String abbreviated(String value) {
        return (value.length() > 20 ? value.substring(0, 20) + "...(" + value.length() + ")" : value).replace("\u0000", "\\0");
    }
}

package io.labwatch.app.security;

import static io.labwatch.app.TestUsers.as;
import static io.labwatch.app.TestUsers.asAnalyst;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.labwatch.app.contract.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Enumerates every route, the API's from its OpenAPI document and the web's from its resource classes, and checks
 * each role's access against an explicit rule. A route that no rule names fails the test, so a new endpoint cannot
 * be left open by accident.
 */
@SendsInvalidRequests("every route with every role, without the bodies the routes need: it checks who gets in")
@QuarkusTest
class AccessControlTest {

    enum Need { PUBLIC, READER, ANALYST, ADMIN }

    /** The rules, most specific first: method (or *) and a path pattern. */
    private static final List<Object[]> RULES = List.of(
            rule("GET|POST", "/login", Need.PUBLIC),
            rule("GET", "/q/health(/live|/ready)?", Need.PUBLIC),
            rule("GET", "/q/metrics", Need.ADMIN),
            rule("GET", "/q/openapi", Need.PUBLIC),
            rule("*", "/admin/.*", Need.ADMIN),
            rule("*", "/(new|edit|delete)/.*", Need.ANALYST),
            rule("POST", "/briefs/publish", Need.ANALYST),
            rule("*", "/import(/.*)?", Need.ANALYST),
            rule("*", "/review(/.*)?", Need.ANALYST),
            rule("*", "/merge/.*", Need.ANALYST),
            rule("POST", "/history/[^/]+/[^/]+/[^/]+/restore", Need.ANALYST),
            rule("GET", "/history/[^/]+/[^/]+", Need.READER),
            rule("GET", "/feeds/(labs|people)/[^/]+\\.atom", Need.READER),
            rule("POST", "/freshness/labs/[^/]+/verify", Need.ANALYST),
            rule("GET", "/freshness", Need.READER),
            rule("GET", "/scorecard", Need.READER),
            rule("GET", "/feeds/watchlist/[^/]+\\.atom", Need.PUBLIC),
            rule("GET", "/feeds/private/.+\\.atom", Need.PUBLIC),
            rule("GET", "/watchlist/feed-link", Need.READER),
            rule("GET", "/pick/[^/]+", Need.ANALYST),
            rule("*", "/watchlist/webhooks(/.*)?", Need.ANALYST),
            rule("GET", "/watchlist", Need.READER),
            rule("POST", "/watchlist/(follow|unfollow|searches|searches/[^/]+/remove|feed-token|feed-token/revoke)", Need.READER),
            rule("*", "/api/watchlist(/.*)?", Need.READER),
            rule("*", "/api/users(/.*)?", Need.ADMIN),
            rule("*", "/api/import-jobs(/.*)?", Need.ANALYST),
            rule("PUT|POST", "/api/account/(password|sessions/end)", Need.READER),
            rule("GET|POST", "/api/tokens", Need.READER),
            rule("DELETE", "/api/tokens/[^/]+", Need.READER),
            rule("POST", "/api/briefs|/api/brief-documents/[^/]+", Need.READER),
            rule("*", "/api/brief-subscriptions(/.*)?", Need.READER),
            rule("POST|PUT|PATCH|DELETE", "/api/.*", Need.ANALYST),
            rule("GET", "/api/.*", Need.READER),
            rule("GET", "/|/labs|/labs/[^/]+|/people|/people/[^/]+|/cases|/cases/[^/]+|/timeline|/compare|/flows|/flows/cohort|/search|/account", Need.READER),
            rule("GET", "/briefs|/briefs/view|/briefs/published/[^/]+|/briefs/published/[^/]+/[^/]+", Need.READER),
            // the link in every scheduled email: its unguessable token is the key, so no sign-in
            rule("GET|POST", "/briefs/unsubscribe/[^/]+", Need.PUBLIC),
            rule("POST", "/briefs/subscribe|/briefs/subscriptions/[^/]+/cancel", Need.READER),
            rule("POST", "/logout|/account/password|/account/tokens|/account/tokens/[^/]+/revoke", Need.READER));

    /** Quarkus's own endpoints, which neither the OpenAPI document nor the resource classes list. */
    static final List<String[]> OPERATIONS = List.of(new String[] {"GET", "/q/health"}, new String[] {"GET", "/q/health/live"},
            new String[] {"GET", "/q/health/ready"}, new String[] {"GET", "/q/metrics"}, new String[] {"GET", "/q/openapi"});

    private static Object[] rule(String methods, String path, Need need) {
        return new Object[] {Pattern.compile(methods.replace("*", ".*")), Pattern.compile(path), need};
    }

    static Need need(String method, String path) {
        for (Object[] r : RULES) {
            if (((Pattern) r[0]).matcher(method).matches() && ((Pattern) r[1]).matcher(path).matches()) {
                return (Need) r[2];
            }
        }
        throw new AssertionError("No access rule for " + method + " " + path + ": add one to AccessControlTest.RULES and to the permissions");
    }

    @Test
    void everyRouteHasARuleAndEveryRoleGetsExactlyItsAccess() throws Exception {
        List<String[]> routes = new ArrayList<>();
        routes.addAll(apiRoutes());
        routes.addAll(webRoutes());
        routes.addAll(OPERATIONS);
        assertThat(routes).hasSizeGreaterThan(40);

        List<String> wrong = new ArrayList<>();
        for (String[] route : routes) {
            String method = route[0];
            String path = route[1];
            String url = concrete(path);
            Need need = need(method, path);
            if (method.equals("POST") && path.equals("/login")) {
                // Open to all, but only with the login form's token: SignInThrottleTest and CsrfTest cover it.
                continue;
            }
            check(wrong, method, url, "anonymous", given().redirects().follow(false), need == Need.PUBLIC);
            check(wrong, method, url, "reader", as("reader").redirects().follow(false), need.ordinal() <= Need.READER.ordinal());
            check(wrong, method, url, "analyst", as("analyst").redirects().follow(false), need.ordinal() <= Need.ANALYST.ordinal());
            check(wrong, method, url, "admin", as("admin").redirects().follow(false), true);
        }
        assertThat(wrong).as("routes whose access is wrong").isEmpty();
    }

    @Test
    void anonymousVisitorsSeeOnlyTheLoginPageAndHealth() {
        given().redirects().follow(false).get("/labs?kind=AI_STARTUP").then().statusCode(302)
                .header("Location", org.hamcrest.Matchers.equalTo("/login?next=%2Flabs%3Fkind%3DAI_STARTUP"));
        given().get("/api/labs").then().statusCode(401).header("WWW-Authenticate", org.hamcrest.Matchers.containsString("Basic"))
                .header("WWW-Authenticate", org.hamcrest.Matchers.containsString("Bearer")).contentType("application/problem+json")
                .body("status", org.hamcrest.Matchers.equalTo(401)).body("detail", org.hamcrest.Matchers.containsString("Bearer"));
        given().auth().preemptive().basic("reader", "wrong password").get("/api/labs").then().statusCode(401)
                .contentType("application/problem+json");
        given().get("/login").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        // the API document holds no data: clients and people read it before they have an account
        given().get("/q/openapi").then().statusCode(200);
    }

    private static void check(List<String> wrong, String method, String url, String who, RequestSpecification request, boolean allowed) {
        Response response = request.request(method, url);
        int status = response.statusCode();
        boolean denied = status == 401 || status == 403 || (status == 302 && String.valueOf(response.header("Location")).startsWith("/login"));
        if (allowed == denied || status >= 500) {
            wrong.add(method + " " + url + " as " + who + ": " + status + (allowed ? " (should be allowed)" : " (should be denied)"));
        }
    }

    /** Path parameters filled with things that exist, so that allowed reads succeed. */
    static String concrete(String path) {
        String kind = path.startsWith("/api/labs") || path.startsWith("/edit/") || path.startsWith("/delete/")
                || path.startsWith("/history/") || path.startsWith("/api/history/") ? "anthropic" : "1";
        return path.replace("{entry}", "1").replace("{token}", "no-such-token").replace("{slug}", "anthropic").replace("{kind}", "labs").replace("{section}", "labs").replace("{dataset}", "revenue").replace("{format}", "md").replace("{rendering}", "markdown")
                .replace("{username}", "no-such-user").replace("{user}", "no-such-user").replace("{signature}", "0")
                .replace("{segment}", "labs").replace("{key}", path.startsWith("/api/people") ? "andrej-karpathy" : path.startsWith("/api/sources") ? "cnbc-karpathy-anthropic" : kind)
                .replace("{id}", "1");
    }

    @SuppressWarnings("unchecked")
    static List<String[]> apiRoutes() {
        Map<String, Object> doc = asAnalyst().get("/q/openapi?format=json").then().statusCode(200).extract().as(Map.class);
        List<String[]> routes = new ArrayList<>();
        ((Map<String, Map<String, Object>>) doc.get("paths")).forEach((path, ops) -> ops.keySet().stream()
                .filter(m -> List.of("get", "post", "put", "patch", "delete").contains(m))
                .forEach(m -> routes.add(new String[] {m.toUpperCase(), path})));
        return routes;
    }

    /** The web module's routes, read from its JAX-RS resource classes. */
    static List<String[]> webRoutes() throws Exception {
        TreeSet<String> seen = new TreeSet<>();
        List<String[]> routes = new ArrayList<>();
        for (Class<?> type : webResourceClasses()) {
            String base = type.getAnnotation(Path.class).value();
            for (Method m : type.getDeclaredMethods()) {
                String method = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST"
                        : m.isAnnotationPresent(PUT.class) ? "PUT" : m.isAnnotationPresent(DELETE.class) ? "DELETE"
                        : m.isAnnotationPresent(PATCH.class) ? "PATCH" : null;
                if (method == null) {
                    continue;
                }
                String sub = m.isAnnotationPresent(Path.class) ? m.getAnnotation(Path.class).value() : "";
                String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
                path = path.length() > 1 ? path.replaceAll("/$", "") : path;
                if (seen.add(method + " " + path)) {
                    routes.add(new String[] {method, path});
                }
            }
        }
        return routes;
    }

    private static List<Class<?>> webResourceClasses() throws Exception {
        URL root = AccessControlTest.class.getClassLoader().getResource("io/labwatch/web");
        assertThat(root).as("the web module's classes").isNotNull();
        List<String> names = new ArrayList<>();
        if (root.getProtocol().equals("jar")) {
            try (FileSystem fs = FileSystems.newFileSystem(URI.create(root.toString().substring(0, root.toString().indexOf("!"))), Map.of());
                    Stream<java.nio.file.Path> files = Files.walk(fs.getPath("io/labwatch/web"))) {
                files.map(java.nio.file.Path::toString).forEach(names::add);
            }
        } else {
            java.nio.file.Path dir = Paths.get(root.toURI());
            try (Stream<java.nio.file.Path> files = Files.walk(dir)) {
                files.map(p -> "io/labwatch/web/" + dir.relativize(p).toString()).forEach(names::add);
            }
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            if (name.endsWith(".class") && !name.contains("$")) {
                try {
                    Class<?> type = Class.forName(name.replaceFirst("^/", "").replace('/', '.').replace(".class", ""), false,
                            AccessControlTest.class.getClassLoader());
                    if (type.isAnnotationPresent(Path.class)) {
                        classes.add(type);
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        assertThat(classes).as("web resource classes").hasSizeGreaterThanOrEqualTo(6);
        return classes;
    }
}

package io.labwatch.app.process;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application as an operator starts it: a production start without safe signing keys is refused with
 * a message naming the variable, and two instances on one database share sessions and end them together.
 */
class SessionKeysIT {

    private static final Map<String, String> PRODUCTION = Map.of("labwatch.demo.enabled", "false");

    private static Map<String, String> env(String sessionKey, String csrfKey) {
        Map<String, String> env = new HashMap<>(Map.of("LABWATCH_ADMIN_PASSWORD", "keys-admin-password"));
        env.put("LABWATCH_SESSION_KEY", sessionKey);
        env.put("LABWATCH_CSRF_KEY", csrfKey);
        return env;
    }

    @Test
    void aProductionStartWithoutSafeKeysIsRefusedNamingTheVariable(@TempDir Path dir) {
        String good = "k".repeat(20) + "-a-long-enough-random-key";
        Map<String, String> props = new HashMap<>(PRODUCTION);
        props.put("labwatch.db.embedded.data-dir", dir.resolve("pg").toString());
        assertThatThrownBy(() -> LabwatchProcess.start(props, env("", good), dir.resolve("unset.log")))
                .hasMessageContaining("LABWATCH_SESSION_KEY is not set");
        assertThatThrownBy(() -> LabwatchProcess.start(props, env(good, "CHANGE-ME-csrf-key-at-least-32-random-characters"),
                dir.resolve("placeholder.log"))).hasMessageContaining("LABWATCH_CSRF_KEY is a placeholder");
        assertThatThrownBy(() -> LabwatchProcess.start(props, env(good, "short-key"), dir.resolve("short.log")))
                .hasMessageContaining("LABWATCH_CSRF_KEY is too short");
    }

    @Test
    void twoInstancesShareSessionsAndSigningOutOnOneEndsThemOnBoth(@TempDir Path dir) throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            Map<String, String> env = new HashMap<>(LabwatchProcess.PRODUCTION_KEYS);
            env.putAll(Map.of("QUARKUS_DATASOURCE_JDBC_URL", pg.getJdbcUrl("postgres", "postgres"), "QUARKUS_DATASOURCE_USERNAME", "postgres",
                    "QUARKUS_DATASOURCE_PASSWORD", "postgres", "LABWATCH_ADMIN_PASSWORD", "keys-admin-password"));
            try (LabwatchProcess a = LabwatchProcess.start(PRODUCTION, env, dir.resolve("a.log"));
                    LabwatchProcess b = LabwatchProcess.start(PRODUCTION, env, dir.resolve("b.log"))) {
                String session = signIn(a.httpPort, "admin", "keys-admin-password");
                on(b.httpPort).cookie("labwatch-session", session).get("/admin/users").then().statusCode(200);

                String token = on(a.httpPort).cookie("labwatch-session", session).get("/account").htmlPath()
                        .getString("**.find { it.@name == 'csrf-token' }.@value");
                on(a.httpPort).cookie("labwatch-session", session).contentType(ContentType.URLENC).formParam("csrf-token", token)
                        .post("/logout").then().statusCode(303);

                on(a.httpPort).cookie("labwatch-session", session).get("/admin/users").then().statusCode(302);
                // The other instance holds the account's state for at most its cache time (2 s): poll, bounded.
                int status = 0;
                for (int i = 0; i < 50 && status != 302; i++) {
                    status = on(b.httpPort).cookie("labwatch-session", session).get("/admin/users").statusCode();
                    if (status != 302) {
                        Thread.sleep(200);
                    }
                }
                assertThat(status).as("the ended session on the other instance within 10 s").isEqualTo(302);
            }
        }
    }

    private static RequestSpecification on(int port) {
        return given().baseUri("http://127.0.0.1").port(port).redirects().follow(false);
    }

    private static String signIn(int port, String user, String password) {
        Response page = on(port).get("/login");
        Response answer = on(port).cookie("labwatch-login", page.cookie("labwatch-login")).contentType(ContentType.URLENC)
                .formParam("csrf-token", page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value"))
                .formParam("username", user).formParam("password", password).post("/login");
        assertThat(answer.statusCode()).isEqualTo(303);
        return answer.cookie("labwatch-session");
    }
}

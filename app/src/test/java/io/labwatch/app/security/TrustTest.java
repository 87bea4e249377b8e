package io.labwatch.app.security;

import static io.labwatch.app.TestUsers.asAnalyst;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.labwatch.domain.account.AccountBootstrap;
import io.labwatch.domain.account.AccountService;
import io.labwatch.domain.account.Role;
import io.labwatch.domain.shared.InvalidInputException;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Accounts, tokens, audit history, headers and lost updates. */
@QuarkusTest
class TrustTest {

    @Inject
    AccountService accounts;

    @Inject
    AccountBootstrap bootstrap;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void tokensActWithTheirUsersRoleUntilRevoked() {
        String token = accounts.createToken("reader", "integration test");
        given().header("Authorization", "Bearer " + token).get("/api/labs/anthropic").then().statusCode(200);
        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body("{\"slug\": \"token-lab\", \"name\": \"Token Lab\", \"kind\": \"OTHER\"}").post("/api/labs").then().statusCode(403);
        long id = accounts.tokens("reader").stream().filter(t -> t.name.equals("integration test")).findFirst().orElseThrow().id;
        accounts.revokeToken("reader", id);
        given().header("Authorization", "Bearer " + token).get("/api/labs/anthropic").then().statusCode(401);
        assertThat(accounts.tokens("reader").get(0).tokenHash).doesNotContain(token).hasSize(64);
    }

    @Test
    void passwordsAreHashedAndLongEnough() {
        assertThatThrownBy(() -> accounts.create("shorty", "too-short", Role.READER, false)).isInstanceOf(InvalidInputException.class);
        assertThat(accounts.find("analyst").orElseThrow().passwordHash).startsWith("$2").doesNotContain("analyst-demo-password");
    }

    @Test
    void productionRefusesDemoUsersAndRequiresAnAdmin() {
        assertThatThrownBy(() -> bootstrap.prepare(false, "admin", Optional.of("a-long-admin-password")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("demo users");
    }

    @Test
    void everyChangeIsInTheHistoryWithWhoAndBeforeAfterAndCanBeRestored() {
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"audited-lab\", \"name\": \"Audited Lab\", \"kind\": \"OTHER\"}")
                .post("/api/labs").then().statusCode(201);
        asAnalyst().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"slug\": \"audited-lab\", \"name\": \"Audited Lab Renamed\", \"kind\": \"OTHER\"}").put("/api/labs/audited-lab")
                .then().statusCode(200);

        var history = asAnalyst().get("/api/history/labs/audited-lab").then().statusCode(200)
                .body("items.action", equalTo(List.of("UPDATE", "CREATE")))
                .body("items.actor", equalTo(List.of("analyst", "analyst")))
                .body("items[0].before.name", equalTo("Audited Lab")).body("items[0].after.name", equalTo("Audited Lab Renamed"))
                .extract();
        int update = history.path("items[0].id");

        asAnalyst().contentType(ContentType.JSON).post("/api/history/labs/audited-lab/" + update + "/restore?version=1").then().statusCode(200)
                .body("name", equalTo("Audited Lab"));
        asAnalyst().get("/api/history/labs/audited-lab").then().body("items[0].action", equalTo("RESTORE"));
        asAnalyst().get("/history/labs/audited-lab").then().statusCode(200).body(containsString("Audited Lab Renamed"));
    }

    @Test
    void theAuditTableIsAppendOnly() {
        assertThatThrownBy(() -> {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("update audit_entry set actor = 'someone else'");
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("delete from audit_entry");
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    }

    @Test
    void securityHeadersAreSent() {
        given().get("/login").then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", not(containsString("script-src 'self' 'unsafe-inline'")))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin");
    }

    @Test
    void concurrentEditsFromOneVersionYieldOneSuccessAndConflictsForTheRest() throws Exception {
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"race-lab\", \"name\": \"Race Lab\", \"kind\": \"OTHER\"}")
                .post("/api/labs").then().statusCode(201);
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String name = "Race Lab " + i;
            Callable<Integer> edit = () -> {
                start.await();
                return asAnalyst().contentType(ContentType.JSON)
                        .body("{\"slug\": \"race-lab\", \"name\": \"" + name + "\", \"kind\": \"OTHER\", \"version\": 0}")
                        .put("/api/labs/race-lab").statusCode();
            };
            results.add(pool.submit(edit));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : results) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);
        asAnalyst().get("/api/labs/race-lab").then().body("version", equalTo(1));
    }
}

package io.labwatch.app.webhook;

import static io.labwatch.app.TestUsers.asAnalyst;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.labwatch.app.WebhookReceiver;
import io.labwatch.domain.account.AccountService;
import io.labwatch.domain.account.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Webhooks as an attacker with an analyst account would abuse them: receivers that never answer, trickle a byte at
 * a time or answer 50 MB do not delay another user's deliveries, are cut off at the deadline (3 s in the test
 * profile) and paused after failing three times in a row; internal addresses are refused at registration; the log
 * keeps no word of any receiver's answer.
 */
@QuarkusTest
class WebhookIsolationTest {

    @Inject
    AccountService accounts;

    @Inject
    AgroalDataSource dataSource;

    private static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, user + "-webhook-password");
    }

    private static long register(String user, String url) {
        return as(user).contentType(ContentType.JSON).body("{\"url\": \"" + url + "\"}").post("/api/webhooks").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    @Test
    void stalledReceiversDoNotDelayAnotherUsersDelivery() throws Exception {
        accounts.create("hook-attacker", "hook-attacker-webhook-password", Role.ANALYST, false);
        accounts.create("hook-victim", "hook-victim-webhook-password", Role.ANALYST, false);
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"iso-lab\", \"name\": \"Isolation Lab\", \"kind\": \"AI_STARTUP\"}")
                .post("/api/labs").then().statusCode(201);
        as("hook-attacker").put("/api/watchlist/labs/iso-lab").then().statusCode(204);
        as("hook-victim").put("/api/watchlist/labs/iso-lab").then().statusCode(204);

        try (HostileReceivers hostile = new HostileReceivers(); WebhookReceiver victim = new WebhookReceiver(0)) {
            HostileReceivers.Receiver silent = hostile.start(HostileReceivers.Kind.SILENT);
            HostileReceivers.Receiver trickle = hostile.start(HostileReceivers.Kind.TRICKLE);
            HostileReceivers.Receiver huge = hostile.start(HostileReceivers.Kind.HUGE);
            long silentHook = register("hook-attacker", silent.url());
            long trickleHook = register("hook-attacker", trickle.url());
            long hugeHook = register("hook-attacker", huge.url());
            long victimHook = register("hook-victim", victim.url());

            for (int i = 1; i <= 3; i++) {
                asAnalyst().contentType(ContentType.JSON).body("""
                        {"lab": "iso-lab", "name": "Round %d", "announcedOn": "2026-11-0%d", "certainty": "RUMOURED",
                         "citations": [{"source": "cnbc-karpathy-anthropic"}]}""".formatted(i, i)).post("/api/funding-rounds").then().statusCode(201);
            }

            // Sent one after another, the two stalled receivers would hold the victim's third delivery for 18 s.
            assertThat(victim.await(3, 8_000)).as("the victim's deliveries while the attacker's receivers stall").hasSize(3);

            awaitAttempts(silentHook, 3, 30_000);
            JsonPath silentLog = as("hook-attacker").get("/api/webhooks/" + silentHook + "/deliveries").then().statusCode(200).extract().jsonPath();
            assertThat(silentLog.getList("items.log.flatten().error", String.class)).isNotEmpty().containsOnly("no complete answer within 3 s");
            assertThat(silentLog.getList("items.log.flatten().statusCode")).containsOnlyNulls();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("select consecutive_failures, paused_until > now() from webhook where id = " + silentHook)) {
                r.next();
                assertThat(r.getInt(1)).as("failures in a row").isGreaterThanOrEqualTo(3);
                assertThat(r.getBoolean(2)).as("paused").isTrue();
            }

            awaitAttempts(trickleHook, 1, 15_000);
            assertThat(as("hook-attacker").get("/api/webhooks/" + trickleHook + "/deliveries").then().extract().jsonPath()
                    .getList("items.log.flatten().error", String.class)).contains("no complete answer within 3 s");

            awaitAttempts(hugeHook, 3, 15_000);
            JsonPath hugeLog = as("hook-attacker").get("/api/webhooks/" + hugeHook + "/deliveries").then().extract().jsonPath();
            assertThat(hugeLog.getList("items.status", String.class)).containsOnly("DELIVERED");
            assertThat(hugeLog.getList("items.log.flatten().statusCode", Integer.class)).containsOnly(200);
            // Labwatch reads 4 KB and hangs up: the receiver could write no more than the sockets' buffers hold.
            assertThat(huge.sent.get()).as("bytes the 50 MB receiver got to send").isLessThan(16_000_000L);

            String victimLog = as("hook-victim").get("/api/webhooks/" + victimHook + "/deliveries").then().statusCode(200).extract().asString();
            assertThat(victimLog).doesNotContain("thanks").doesNotContain("\"response\"");
            assertThat(silent.connections.get()).as("connections to the silent receiver").isBetween(3, 4);
        }
    }

    @Test
    void internalAddressesAreRefusedEvenWhereLocalReceiversAreAllowed() {
        for (String url : List.of("https://10.0.0.1/hook", "https://169.254.169.254/latest/meta-data/", "https://[::1]:8443/hook",
                "https://[::ffff:192.168.0.1]/hook", "http://192.168.1.1/", "https://0.0.0.0/", "http://0x7f000001/", "http://017700000001/",
                "http://2130706433/", "http://127.1/", "http://010.0.0.1/")) {
            asAnalyst().contentType(ContentType.JSON).body("{\"url\": \"" + url + "\"}").post("/api/webhooks").then().statusCode(422)
                    .body("errors.field", hasItem("url"));
        }
    }

    private void awaitAttempts(long hook, int count, long timeoutMillis) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("select count(*) from webhook_attempt a join webhook_delivery d on d.id = a.delivery_id"
                            + " where d.webhook_id = " + hook)) {
                r.next();
                if (r.getInt(1) >= count) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("fewer than " + count + " attempts to webhook " + hook + " within " + timeoutMillis + " ms");
    }
}

package io.labwatch.app.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.labwatch.app.WebSession;
import io.labwatch.domain.account.AccountService;
import io.labwatch.domain.account.Role;
import io.labwatch.domain.account.ThrottlePolicy;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Sign-in throttling as an attacker meets it: bursts never reach a 500 and never test more passwords than the
 * throttle allows, every refusal reads the same, every attempt costs one bcrypt check, and the real owner still
 * gets in (from a browser that signed in before, or after an admin lifts the lock). Each test poses as its own
 * client addresses (X-Forwarded-For through the trusted local proxy of the test profile). Three failures past the
 * free ones block a key for 8 s, long enough for the checks that follow.
 */
@QuarkusTest
class SignInThrottleTest {

    private static final AtomicInteger ADDRESS = new AtomicInteger(10);

    @Inject
    AccountService accounts;

    @Inject
    jakarta.persistence.EntityManager em;

    private static String newAddress() {
        return "203.0.113." + ADDRESS.incrementAndGet();
    }

    private static Response attempt(String address, String user, String password) {
        return WebSession.attempt(given().header("X-Forwarded-For", address), user, password);
    }

    @Test
    void aParallelBurstIsThrottledWithoutErrorsAndTheOwnersBrowserStillGetsIn() throws Exception {
        accounts.create("burst-victim", "the-victims-password", Role.READER, false);
        WebSession owner = WebSession.signIn("burst-victim", "the-victims-password");
        String attacker = newAddress();
        long checksBefore = accounts.passwordChecks();

        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String guess = "guess-number-" + i;
            answers.add(pool.submit((Callable<Integer>) () -> attempt(attacker, "burst-victim", guess).statusCode()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : answers) {
            statuses.add(f.get());
        }
        pool.shutdown();

        assertThat(statuses).as("answers to the burst").containsOnly(401);
        assertThat(accounts.passwordChecks() - checksBefore).as("bcrypt checks: one per attempt").isEqualTo(16);
        // The account is now throttled: even the right password from a new browser is refused, with the same answer.
        Response refused = attempt(newAddress(), "burst-victim", "the-victims-password");
        assertThat(refused.statusCode()).isEqualTo(401);
        // The owner's browser, which signed in before, still gets in, and that lifts the lock.
        WebSession.attempt(given().header("X-Forwarded-For", newAddress()).cookie(WebSession.DEVICE, owner.device), "burst-victim",
                "the-victims-password").then().statusCode(303);
        attempt(newAddress(), "burst-victim", "the-victims-password").then().statusCode(303);
    }

    @Test
    void unknownWrongAndThrottledAnswerAlike() {
        accounts.create("alike-victim", "the-alike-password", Role.READER, false);
        String address = newAddress();
        String unknown = errorText(attempt(address, "no-such-person", "whatever-password"));
        String wrong = errorText(attempt(address, "alike-victim", "not-the-password"));
        for (int i = 0; i < ThrottlePolicy.ACCOUNT.freeFailures() + 3; i++) {
            attempt(address, "alike-victim", "still-wrong-" + i);
        }
        holdBlocked("user:alike-victim");
        String throttledRight = errorText(attempt(address, "alike-victim", "the-alike-password"));
        assertThat(List.of(unknown, wrong, throttledRight)).containsOnly(unknown).allSatisfy(t -> assertThat(t).contains("too many attempts"));
    }

    @Test
    void anAdminLiftsTheLockForTheOwner() {
        accounts.create("locked-owner", "the-owners-password", Role.READER, false);
        String attacker = newAddress();
        for (int i = 0; i < ThrottlePolicy.ACCOUNT.freeFailures() + 3; i++) {
            attempt(attacker, "locked-owner", "attack-" + i).then().statusCode(401);
        }
        holdBlocked("user:locked-owner");
        attempt(newAddress(), "locked-owner", "the-owners-password").then().statusCode(401);
        WebSession admin = WebSession.signIn("admin");
        assertThat(admin.request().get("/admin/users").then().extract().asString()).contains("throttled after failed sign-ins");
        admin.post("/admin/users/locked-owner/unlock").then().statusCode(303);
        attempt(newAddress(), "locked-owner", "the-owners-password").then().statusCode(303);
    }

    @Test
    void oneAddressTryingManyAccountsIsThrottledWhileOthersSignIn() {
        String attacker = newAddress();
        for (int i = 0; i < ThrottlePolicy.ADDRESS.freeFailures() + 3; i++) {
            attempt(attacker, "sprayed-" + i, "password-spray").then().statusCode(401);
        }
        holdBlocked("address:" + attacker);
        attempt(attacker, "analyst", "analyst-demo-password").then().statusCode(401);
        given().header("X-Forwarded-For", attacker).auth().preemptive().basic("reader", "reader-demo-password").get("/api/labs/anthropic")
                .then().statusCode(401);
        attempt(newAddress(), "analyst", "analyst-demo-password").then().statusCode(303);
    }

    @Test
    void httpBasicIsThrottledLikeTheForm() {
        accounts.create("basic-victim", "the-basic-password", Role.READER, false);
        String address = newAddress();
        given().header("X-Forwarded-For", address).auth().preemptive().basic("basic-victim", "the-basic-password").get("/api/labs").then()
                .statusCode(200);
        for (int i = 0; i < ThrottlePolicy.ACCOUNT.freeFailures() + 3; i++) {
            given().header("X-Forwarded-For", newAddress()).auth().preemptive().basic("basic-victim", "wrong-" + i).get("/api/labs").then()
                    .statusCode(401);
        }
        holdBlocked("user:basic-victim");
        // Even the remembered right password is refused while the account is throttled.
        given().header("X-Forwarded-For", address).auth().preemptive().basic("basic-victim", "the-basic-password").get("/api/labs").then()
                .statusCode(401);
    }

    /**
     * The loops above block a key, but its first delays are seconds long: on a slow machine they can run out before the
     * next request. This holds the block open as a longer streak of failures would, so that the assertions after it
     * check the answer to a blocked sign-in, not the machine's speed. The key must have been blocked by the loop.
     */
    private void holdBlocked(String key) {
        int held = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("update sign_in_throttle"
                + " set blocked_until = now() + interval '15 minutes', last_failure_at = now() where key = :key and blocked_until is not null")
                .setParameter("key", key).executeUpdate());
        assertThat(held).as("the failures blocked %s", key).isEqualTo(1);
    }

    private static String errorText(Response response) {
        assertThat(response.statusCode()).isEqualTo(401);
        return response.htmlPath().getString("**.find { it.@role == 'alert' }").trim();
    }
}

package io.labwatch.app.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.labwatch.app.WebSession;
import io.labwatch.domain.account.AccountService;
import io.labwatch.domain.account.Role;
import io.labwatch.domain.shared.AuditTrail;
import io.labwatch.web.session.SessionTicket;
import io.labwatch.web.session.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Sessions an attacker cannot forge and a user can end: sign-out, a password change, a role change and disabling
 * end every session of that user at once.
 */
@QuarkusTest
class SessionsTest {

    @Inject
    AccountService accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Sessions sessions;

    @Test
    void signOutEndsEverySessionOfTheUser() {
        accounts.create("leaver", "leaver-password-1", Role.READER, false);
        WebSession laptop = WebSession.signIn("leaver", "leaver-password-1");
        WebSession phone = WebSession.signIn("leaver", "leaver-password-1");
        laptop.request().get("/account").then().statusCode(200).body(containsString("leaver"));
        phone.request().get("/account").then().statusCode(200);

        laptop.post("/logout").then().statusCode(303).header("Location", "/login");

        laptop.request().get("/account").then().statusCode(302).header("Location", startsWith("/login"));
        phone.request().get("/account").then().statusCode(302).header("Location", startsWith("/login"));
        phone.request().get("/api/labs").then().statusCode(401);
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionsAndKeepsThisOne() {
        accounts.create("changer", "changer-password-1", Role.READER, false);
        WebSession here = WebSession.signIn("changer", "changer-password-1");
        WebSession elsewhere = WebSession.signIn("changer", "changer-password-1");

        here.post("/account/password", "currentPassword", "wrong-password-1", "newPassword", "short").then().statusCode(422)
                .body(containsString("is not your current password"), containsString("must be at least 12 characters"));
        var changed = here.post("/account/password", "currentPassword", "changer-password-1", "newPassword", "changer-password-2");
        changed.then().statusCode(200).body(containsString("Your password was changed"));

        elsewhere.request().get("/account").then().statusCode(302);
        given().redirects().follow(false).cookie(WebSession.SESSION, changed.cookie(WebSession.SESSION)).get("/account").then().statusCode(200);
        given().auth().preemptive().basic("changer", "changer-password-1").get("/api/labs").then().statusCode(401);
        given().auth().preemptive().basic("changer", "changer-password-2").get("/api/labs").then().statusCode(200);
    }

    @Test
    void aRoleChangeOrDisablingEndsTheSessionsAndIsAudited() {
        accounts.create("moved", "moved-password-1", Role.ANALYST, false);
        String token = accounts.createToken("moved", "script");
        WebSession moved = WebSession.signIn("moved", "moved-password-1");
        WebSession admin = WebSession.signIn("admin");
        moved.request().get("/new/labs").then().statusCode(200);

        admin.post("/admin/users/moved/role", "role", "READER").then().statusCode(303);
        moved.request().get("/account").then().statusCode(302);
        WebSession reader = WebSession.signIn("moved", "moved-password-1");
        reader.request().get("/new/labs").then().statusCode(403);

        admin.post("/admin/users/moved/disable").then().statusCode(303);
        reader.request().get("/account").then().statusCode(302);
        given().header("Authorization", "Bearer " + token).get("/api/labs").then().statusCode(401);
        given().auth().preemptive().basic("moved", "moved-password-1").get("/api/labs").then().statusCode(401);
        WebSession.attempt(given(), "moved", "moved-password-1").then().statusCode(401);

        admin.post("/admin/users/moved/enable").then().statusCode(303);
        given().auth().preemptive().basic("moved", "moved-password-1").get("/api/labs").then().statusCode(200);

        long id = accounts.find("moved").orElseThrow().id;
        assertThat(audit.history("UserAccount", id)).extracting(e -> e.actor() + " " + e.before() + " -> " + e.after())
                .contains("admin {role=ANALYST} -> {role=READER}", "admin {enabled=true} -> {enabled=false}", "admin {enabled=false} -> {enabled=true}");
    }

    @Test
    void theApiChangesPasswordsRolesAndStatusAndEndsSessions() {
        accounts.create("api-user", "api-user-password", Role.ANALYST, false);
        WebSession browser = WebSession.signIn("api-user", "api-user-password");
        given().auth().preemptive().basic("api-user", "api-user-password").contentType("application/json")
                .body("{\"currentPassword\": \"wrong\", \"newPassword\": \"api-user-password-2\"}").put("/api/account/password").then()
                .statusCode(422).body("errors.field", org.hamcrest.Matchers.hasItem("currentPassword"));
        given().auth().preemptive().basic("api-user", "api-user-password").contentType("application/json")
                .body("{\"currentPassword\": \"api-user-password\", \"newPassword\": \"api-user-password-2\"}").put("/api/account/password")
                .then().statusCode(204);
        browser.request().get("/account").then().statusCode(302);

        var admin = given().auth().preemptive().basic("admin", "admin-demo-password");
        given().auth().preemptive().basic("api-user", "api-user-password-2").get("/api/users").then().statusCode(403);
        admin.get("/api/users").then().statusCode(200).body("items.find { it.username == 'api-user' }.role", org.hamcrest.Matchers.equalTo("ANALYST"))
                .body(org.hamcrest.Matchers.not(containsString("$2")));
        given().auth().preemptive().basic("admin", "admin-demo-password").contentType("application/json").body("{\"role\": \"CHIEF\"}")
                .patch("/api/users/api-user").then().statusCode(422).body("errors.field", org.hamcrest.Matchers.hasItem("role"));
        given().auth().preemptive().basic("admin", "admin-demo-password").contentType("application/json")
                .body("{\"role\": \"READER\", \"enabled\": false}").patch("/api/users/api-user").then().statusCode(200)
                .body("role", org.hamcrest.Matchers.equalTo("READER")).body("enabled", org.hamcrest.Matchers.equalTo(false));
        given().auth().preemptive().basic("api-user", "api-user-password-2").get("/api/labs").then().statusCode(401);
        given().auth().preemptive().basic("admin", "admin-demo-password").contentType("application/json").body("{\"enabled\": false}")
                .patch("/api/users/admin").then().statusCode(422);
        given().auth().preemptive().basic("admin", "admin-demo-password").post("/api/users/nobody-here/unlock").then().statusCode(404);
    }

    @Test
    void theOnlyAdminCannotBeDisabledOrDemoted() {
        WebSession admin = WebSession.signIn("admin");
        admin.post("/admin/users/admin/disable").then().statusCode(422).body(containsString("the only enabled admin"));
        admin.post("/admin/users/admin/role", "role", "READER").then().statusCode(422);
        admin.request().get("/admin/users").then().statusCode(200);
    }

    /** The attack of the report: a cookie made with the key that application.properties used to ship. */
    @Test
    void cookiesSealedWithTheOldShippedKeyOrTamperedWithAreNoSession() throws Exception {
        String shipped = "labwatch-demo-session-key-change-me-in-production-0123456789";
        String quarkusStyle = sealLikeQuarkus(shipped, (System.currentTimeMillis() + 3_600_000L * 24 * 365) + ":admin");
        for (String cookieName : new String[] {"quarkus-credential", WebSession.SESSION}) {
            given().redirects().follow(false).cookie(cookieName, quarkusStyle).get("/admin/users").then().statusCode(302)
                    .header("Location", startsWith("/login"));
        }
        WebSession admin = WebSession.signIn("admin");
        byte[] bytes = Base64.getUrlDecoder().decode(admin.session);
        bytes[bytes.length - 1] ^= 1;
        given().redirects().follow(false).cookie(WebSession.SESSION, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes))
                .get("/admin/users").then().statusCode(302);
        admin.request().get("/admin/users").then().statusCode(200);
    }

    /** Even with the key, a ticket must be one Labwatch would make: the user's current epoch, a session's lifetime. */
    @Test
    void ticketsFromAnotherEpochOrLongerThanASessionAreRefused() {
        int epoch = accounts.sessionState("admin").orElseThrow().epoch();
        java.time.Instant now = java.time.Instant.now();
        String good = sessions.sessionCookie(new SessionTicket("admin", epoch, "t1", now, now.plusSeconds(3600))).getValue();
        String oldEpoch = sessions.sessionCookie(new SessionTicket("admin", epoch - 1, "t2", now, now.plusSeconds(3600))).getValue();
        String forever = sessions.sessionCookie(new SessionTicket("admin", epoch, "t3", now, now.plusSeconds(86_400L * 365))).getValue();
        given().redirects().follow(false).cookie(WebSession.SESSION, good).get("/admin/users").then().statusCode(200);
        given().redirects().follow(false).cookie(WebSession.SESSION, oldEpoch).get("/admin/users").then().statusCode(302);
        given().redirects().follow(false).cookie(WebSession.SESSION, forever).get("/admin/users").then().statusCode(302);
    }

    /** AES-GCM over "expiry:principal" with SHA-256 of the key: what Quarkus's form login put in its cookie. */
    private static String sealLikeQuarkus(String key, String contents) throws Exception {
        SecretKeySpec aes = new SecretKeySpec(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)), "AES");
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, aes, new GCMParameterSpec(128, iv));
        byte[] sealed = cipher.doFinal(contents.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(1 + iv.length + sealed.length).put((byte) iv.length).put(iv).put(sealed).array());
    }
}

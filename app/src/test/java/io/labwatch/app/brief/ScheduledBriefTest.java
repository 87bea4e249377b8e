package io.labwatch.app.brief;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.labwatch.app.SmtpServer;
import io.labwatch.app.WebSession;
import io.labwatch.reports.delivery.BriefSubscriptions;
import io.labwatch.reports.delivery.ScheduledBriefs;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A subscribed brief is published on its schedule and arrives by email at a real SMTP server (GreenMail): the PDF
 * attached, what changed first, a one-click unsubscribe link. It is sent once per period however often the schedule
 * runs; a failed send is retried and shown to the subscriber; a corrected fact sends an erratum; unsubscribing stops it.
 */
@QuarkusTest
@QuarkusTestResource(SmtpServer.class)
class ScheduledBriefTest {

    @Inject
    BriefSubscriptions subscriptions;

    @Inject
    ScheduledBriefs schedule;

    @Inject
    jakarta.persistence.EntityManager em;

    /** Makes the subscription due now, for the run of {@code runAt} (a run's day fixes its period). */
    private void due(long id, String runAt) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update brief_subscription set next_run_at = :t where id = :id")
                .setParameter("t", Instant.parse(runAt)).setParameter("id", id).executeUpdate());
    }

    /**
     * Runs the schedule until no email is waiting (at most three rounds). The mailer's pooled SMTP connection may meet the
     * server's idle timeout ("421 … socket timeout") and fail one send, which the schedule retries, as it would in
     * production a minute later (the tests' backoff is zero).
     */
    private void runUntilSent() {
        for (int round = 0; round < 3; round++) {
            schedule.runDue();
            long waiting = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                    "select count(*) from brief_delivery where status = 'PENDING'").getSingleResult()).longValue());
            if (waiting == 0) {
                return;
            }
        }
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(SmtpServer.server().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void aMonthlyBriefArrivesOnceWithItsPdfAndWhatChangedFirst() throws Exception {
        long id = subscriptions.subscribe("reader", "investor@example.com", "INVESTOR", List.of("anthropic"), "MONTHLY").id();
        due(id, "2026-06-01T06:00:00Z");

        runUntilSent();

        List<MimeMessage> mail = to("investor@example.com");
        assertThat(mail).hasSize(1);
        MimeMessage m = mail.get(0);
        assertThat(m.getSubject()).isEqualTo("Labwatch brief: Anthropic — a brief for investors, May 2026");
        assertThat(m.getHeader("List-Unsubscribe")[0]).startsWith("<https://labwatch.example.com/briefs/unsubscribe/uns_");
        assertThat(m.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        List<Part> parts = new ArrayList<>();
        collect(m, parts);
        String html = parts.stream().filter(p -> type(p).startsWith("text/html")).map(ScheduledBriefTest::text).findFirst().orElseThrow();
        // what changed comes first (since the last brief of this audience and scope, which other tests may have published), then
        // the brief with its judgments
        int changes = Math.max(html.indexOf("first brief of this series"), html.indexOf("What changed since the last brief"));
        assertThat(changes).isPositive().isLessThan(html.indexOf("Key judgments"));
        assertThat(html).contains("Anthropic&#39;s valuation reached $900B", "Unsubscribe");
        assertThat(parts.stream().filter(p -> type(p).startsWith("text/plain")).map(ScheduledBriefTest::text).findFirst().orElseThrow())
                .contains("## Key judgments");
        Part pdf = parts.stream().filter(p -> type(p).startsWith("application/pdf")).findFirst().orElseThrow();
        assertThat(pdf.getFileName()).endsWith(".pdf");
        assertThat(new String(bytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // the schedule runs again, and the same period comes due again (as when two instances race): still one email
        runUntilSent();
        due(id, "2026-06-01T06:00:00Z");
        runUntilSent();
        assertThat(to("investor@example.com")).hasSize(1);
        assertThat(subscriptions.of("reader").stream().filter(s -> s.id() == id).findFirst().orElseThrow().deliveries())
                .singleElement().satisfies(d -> assertThat(d.status()).isEqualTo("SENT"));
        WebSession.signIn("reader").request().get("/briefs").then().statusCode(200)
                .body(containsString("Your scheduled briefs"), containsString("investor@example.com"), containsString("sent "));
    }

    @Test
    void aFailedSendIsRetriedAndShownToTheSubscriber() {
        long id = subscriptions.subscribe("reader", "retry@example.com", "REGULATOR", List.of("anthropic"), "WEEKLY").id();
        due(id, "2026-05-25T06:00:00Z");
        SmtpServer.down();
        try {
            schedule.runDue();
        } finally {
            SmtpServer.up();
        }
        assertThat(to("retry@example.com")).isEmpty();
        var delivery = subscriptions.of("reader").stream().filter(s -> s.id() == id).findFirst().orElseThrow().deliveries().get(0);
        assertThat(delivery.status()).isEqualTo("PENDING");
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.lastError()).isNotBlank();
        WebSession.signIn("reader").request().get("/briefs").then().statusCode(200).body(containsString("retrying after 1 failed attempt"));

        runUntilSent();

        assertThat(to("retry@example.com")).hasSize(1);
        assertThat(subscriptions.of("reader").stream().filter(s -> s.id() == id).findFirst().orElseThrow().deliveries().get(0).status())
                .isEqualTo("SENT");
    }

    @Test
    void aCorrectedFactSendsAnErratumAndUnsubscribingIsOneClick() throws Exception {
        String lab = "errata-lab-" + System.nanoTime();
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"" + lab + "\", \"name\": \"Errata Lab " + lab.substring(11)
                + "\", \"kind\": \"AI_STARTUP\"}").post("/api/labs").then().statusCode(201);
        String person = "errata-person-" + System.nanoTime();
        asAnalyst().contentType(ContentType.JSON).body("{\"slug\": \"" + person + "\", \"name\": \"Errata Person\"}").post("/api/people")
                .then().statusCode(201);
        int hire = asAnalyst().contentType(ContentType.JSON).body("""
                {"person": "%s", "toLab": "%s", "kind": "JOINED", "announcedOn": "2026-05-20", "role": "Research scientist",
                 "seniority": "SENIOR", "citations": [{"source": "techcrunch-karpathy-anthropic"}]}""".formatted(person, lab))
                .post("/api/hires").then().statusCode(201).extract().path("id");
        var sub = subscriptions.subscribe("reader", "errata@example.com", "COMPETITOR", List.of(lab), "MONTHLY");
        due(sub.id(), "2026-06-01T06:00:00Z");
        runUntilSent();
        assertThat(to("errata@example.com")).singleElement().satisfies(m -> assertThat(text(m)).contains("Errata Person"));

        String path = "/api/hires/" + hire;
        String version = asAnalyst().get(path).then().statusCode(200).extract().header("ETag");
        asAnalyst().contentType("application/merge-patch+json").header("If-Match", version).body("{\"role\": \"Research engineer\"}")
                .patch(path).then().statusCode(200);
        runUntilSent();
        runUntilSent();

        List<MimeMessage> mail = to("errata@example.com");
        assertThat(mail).hasSize(2);
        assertThat(mail.get(1).getSubject()).startsWith("Correction: ");
        assertThat(text(mail.get(1))).contains("Errata Person joined", "edited on");
        long briefId = subscriptions.of("reader").stream().filter(s -> s.id() == sub.id()).findFirst().orElseThrow().deliveries().stream()
                .filter(d -> d.kind().equals("BRIEF")).findFirst().orElseThrow().briefId();
        WebSession.signIn("reader").request().get("/briefs/published/" + briefId).then().statusCode(200)
                .body(containsString("Corrections since publication"), containsString("edited on"));

        // the link in the email works without signing in: a page with one button, then done
        String token = mail.get(0).getHeader("List-Unsubscribe")[0].replaceAll(".*/unsubscribe/(uns_[^>]+)>.*", "$1");
        RestAssured.given().redirects().follow(false).get("/briefs/unsubscribe/" + token).then().statusCode(200)
                .body(containsString("errata@example.com"), containsString("<button type=\"submit\">Unsubscribe</button>"));
        RestAssured.given().redirects().follow(false).contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click")
                .post("/briefs/unsubscribe/" + token).then().statusCode(200).body(containsString("You are unsubscribed"));
        RestAssured.given().redirects().follow(false).get("/briefs/unsubscribe/uns_notAToken0000").then().statusCode(404);
        due(sub.id(), "2026-07-01T06:00:00Z");
        runUntilSent();
        assertThat(to("errata@example.com")).hasSize(2);
    }

    @Test
    void theSubscribeFormShowsEveryErrorAtOnceAndKeepsWhatWasTyped() {
        WebSession browser = WebSession.signIn("reader");
        browser.post("/briefs/subscribe", "audience", "INVESTOR", "labs", "atlantis", "email", "not-an-address", "cadence", "DAILY")
                .then().statusCode(422)
                .body(containsString("Email: must be an email address"), containsString("How often: must be WEEKLY or MONTHLY"),
                        containsString("no lab with slug &#39;atlantis&#39;"), containsString("value=\"not-an-address\""));
        browser.post("/briefs/subscribe", "audience", "REGULATOR", "email", "ok@example.com", "cadence", "WEEKLY").then().statusCode(303);
        assertThat(subscriptions.of("reader")).anySatisfy(s -> {
            assertThat(s.email()).isEqualTo("ok@example.com");
            assertThat(s.labs()).isEmpty();
        });
    }

    @Test
    void readersKeepTheirSubscriptionsThroughTheApi() {
        String location = io.labwatch.app.TestUsers.asReader().contentType(ContentType.JSON)
                .body("{\"email\": \"api@example.com\", \"audience\": \"COMPETITOR\", \"labs\": [\"openai\"], \"cadence\": \"WEEKLY\"}")
                .post("/api/brief-subscriptions").then().statusCode(201)
                .body("email", org.hamcrest.Matchers.equalTo("api@example.com")).body("cadence", org.hamcrest.Matchers.equalTo("WEEKLY"))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        io.labwatch.app.TestUsers.asReader().contentType(ContentType.JSON)
                .body("{\"email\": \"nope\", \"audience\": \"PRESS\", \"labs\": [\"atlantis\"], \"cadence\": \"HOURLY\"}")
                .post("/api/brief-subscriptions").then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("email", "audience", "cadence", "labs"));
        io.labwatch.app.TestUsers.asReader().get("/api/brief-subscriptions").then().statusCode(200)
                .body("items.find { it.id == " + id + " }.email", org.hamcrest.Matchers.equalTo("api@example.com"));
        // another user's subscription is not theirs to cancel
        asAnalyst().delete("/api/brief-subscriptions/" + id).then().statusCode(404);
        io.labwatch.app.TestUsers.asReader().delete("/api/brief-subscriptions/" + id).then().statusCode(204);
        io.labwatch.app.TestUsers.asReader().get("/api/brief-subscriptions").then().statusCode(200)
                .body("items.find { it.id == " + id + " }.active", org.hamcrest.Matchers.equalTo(false));
        RestAssured.given().get("/api/brief-subscriptions").then().statusCode(401);
    }

    private static void collect(Part part, List<Part> out) throws Exception {
        if (part.getContent() instanceof Multipart multi) {
            for (int i = 0; i < multi.getCount(); i++) {
                BodyPart p = multi.getBodyPart(i);
                collect(p, out);
            }
        } else {
            out.add(part);
        }
    }

    private static String type(Part p) {
        try {
            return p.getContentType().toLowerCase(java.util.Locale.ROOT);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Part p) {
        try {
            List<Part> parts = new ArrayList<>();
            collect(p, parts);
            StringBuilder all = new StringBuilder();
            for (Part x : parts) {
                if (type(x).startsWith("text/")) {
                    all.append(x.getContent());
                }
            }
            return all.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(Part p) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.getDataHandler().writeTo(out);
        return out.toByteArray();
    }
}

package io.labwatch.reports.delivery;

import io.labwatch.domain.brief.BriefSubscription;
import io.labwatch.domain.brief.Cadence;
import io.labwatch.domain.brief.PublishedBrief;
import io.labwatch.domain.shared.Hashes;
import io.labwatch.domain.shared.PublicUrl;
import io.labwatch.reports.brief.Audience;
import io.labwatch.reports.brief.BriefRequest;
import io.labwatch.reports.build.BriefService;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes and emails subscribed briefs on their schedule, and errata when facts they stated are corrected.
 * <ul>
 * <li>Due subscriptions are claimed with a lease ({@code FOR UPDATE SKIP LOCKED}); publishing a period's brief and
 * recording its email happen in one transaction keyed by (subscription, period), so each brief is published and sent once
 * however many instances run.</li>
 * <li>Emails go out at least once: a failed send is retried after 1, 2, 4 … minutes (capped at an hour) up to
 * {@code labwatch.briefs.mail.max-attempts}, and its error is shown to the subscriber.</li>
 * <li>A brief sent within 90 days whose facts have since been superseded, denied, retracted, deleted or edited gets
 * an erratum, once per set of changes. A sent brief is compared again only after some fact changed since its last
 * comparison (a deletion alone changes no row, so it is noticed with the next change).</li>
 * </ul>
 */
@ApplicationScoped
public class ScheduledBriefs {

    private static final Logger LOG = Logger.getLogger(ScheduledBriefs.class);
    private static final int BATCH = 10;

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager em;

    @Inject
    BriefService briefs;

    @Inject
    BriefSubscriptions subscriptions;

    @Inject
    Mailer mailer;

    @Inject
    PublicUrl publicUrl;

    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080")
    int port;

    @ConfigProperty(name = "labwatch.briefs.mail.backoff", defaultValue = "PT1M")
    Duration backoff;

    @ConfigProperty(name = "labwatch.briefs.mail.max-attempts", defaultValue = "8")
    int maxAttempts;

    @Scheduled(every = "${labwatch.briefs.schedule.poll-interval:60s}", delayed = "${labwatch.briefs.schedule.poll-interval:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            runDue();
        } catch (RuntimeException e) {
            LOG.warnf("Scheduled briefs wait for the next poll: %s", e.getMessage());
        }
    }

    /** One round: publish what is due, note errata, send what is waiting. */
    public void runDue() {
        for (long id : claim("""
                update brief_subscription s set lease_until = now() + interval '10 minutes'
                 where s.id in (select x.id from brief_subscription x where x.active and x.next_run_at <= now()
                                   and (x.lease_until is null or x.lease_until < now())
                                 order by x.next_run_at, x.id limit ? for update skip locked)
                returning s.id""")) {
            publish(id);
        }
        noteErrata();
        for (long id : claim("""
                update brief_delivery d set lease_until = now() + interval '5 minutes'
                 where d.id in (select x.id from brief_delivery x where x.status = 'PENDING' and x.brief_id is not null
                                   and x.next_attempt_at <= now() and (x.lease_until is null or x.lease_until < now())
                                 order by x.next_attempt_at, x.id limit ? for update skip locked)
                returning d.id""")) {
            send(id);
        }
    }

    /** Publishes the brief of the subscription's due period and queues its email; a failure is recorded for the subscriber. */
    private void publish(long subscriptionId) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                BriefSubscription s = em.find(BriefSubscription.class, subscriptionId);
                if (s == null || !s.active) {
                    return;
                }
                Cadence.Period period = s.duePeriod();
                List<?> claimed = em.createNativeQuery("insert into brief_delivery (subscription_id, kind, period_from, period_to)"
                        + " values (:s, 'BRIEF', :from, :to) on conflict do nothing returning id").setParameter("s", s.id)
                        .setParameter("from", period.from()).setParameter("to", period.to()).getResultList();
                if (!claimed.isEmpty()) {
                    // as Labwatch knows it when the run happens (a late run knows more than its run day did)
                    PublishedBrief p = briefs.publish(new BriefRequest(Audience.valueOf(s.audience), s.labs(), period.from(), period.to(),
                            LocalDate.now(ZoneOffset.UTC)));
                    em.createNativeQuery("update brief_delivery set brief_id = :b where id = :d").setParameter("b", p.id)
                            .setParameter("d", ((Number) claimed.get(0)).longValue()).executeUpdate();
                }
                advance(s);
            });
        } catch (RuntimeException e) {
            LOG.warnf("Scheduled brief of subscription %d not published: %s", subscriptionId, e.getMessage());
            QuarkusTransaction.requiringNew().run(() -> {
                BriefSubscription s = em.find(BriefSubscription.class, subscriptionId);
                Cadence.Period period = s.duePeriod();
                em.createNativeQuery("insert into brief_delivery (subscription_id, kind, period_from, period_to, status, last_error)"
                        + " values (:s, 'BRIEF', :from, :to, 'FAILED', :error) on conflict do nothing").setParameter("s", s.id)
                        .setParameter("from", period.from()).setParameter("to", period.to())
                        .setParameter("error", "the brief could not be built: " + e.getMessage()).executeUpdate();
                advance(s);
            });
        }
    }

    /** The next run after now (runs missed while no instance ran are not made up), and the lease given back. */
    private void advance(BriefSubscription s) {
        s.nextRunAt = s.cadence.nextRun(Instant.now().isAfter(s.nextRunAt) ? Instant.now() : s.nextRunAt);
        em.flush();
        em.createNativeQuery("update brief_subscription set lease_until = null where id = :s").setParameter("s", s.id).executeUpdate();
    }

    /** Queues an erratum for each brief sent in the last 90 days whose facts have changed since, once per set of changes. */
    private void noteErrata() {
        // the candidates in plain JDBC, like the claims: a poll with nothing to do costs the ORM nothing
        List<Object[]> sent = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("""
                select d.subscription_id, d.brief_id, d.period_from, d.period_to, d.id from brief_delivery d
                  join brief_subscription s on s.id = d.subscription_id and s.active
                  join published_brief b on b.id = d.brief_id
                 where d.kind = 'BRIEF' and d.status = 'SENT' and d.sent_at > now() - interval '90 days'
                   and exists (select 1 from fact f where f.updated_at > coalesce(d.errata_checked_at, b.published_at))""")) {
            c.setAutoCommit(true);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    sent.add(new Object[] {r.getLong(1), r.getLong(2), r.getObject(3, LocalDate.class), r.getObject(4, LocalDate.class),
                            r.getLong(5)});
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look for errata: " + e.getMessage(), e);
        }
        for (Object[] row : sent) {
            QuarkusTransaction.requiringNew().run(() -> {
                // checked up to now: the next poll looks again only when a fact changes after this
                em.createNativeQuery("update brief_delivery set errata_checked_at = now() where id = :d").setParameter("d", row[4]).executeUpdate();
                List<io.labwatch.reports.brief.Erratum> errata = briefs.errata((Long) row[1]);
                if (errata.isEmpty()) {
                    return;
                }
                String subject = Hashes.sha256(String.join(",", errata.stream().map(e -> e.key() + "@" + e.version()).toList()));
                em.createNativeQuery("insert into brief_delivery (subscription_id, brief_id, kind, period_from, period_to, subject_key)"
                        + " values (:s, :b, 'ERRATUM', :from, :to, :k) on conflict do nothing").setParameter("s", row[0]).setParameter("b", row[1])
                        .setParameter("from", row[2]).setParameter("to", row[3]).setParameter("k", subject).executeUpdate();
            });
        }
    }

    /** Sends one email; a failure is retried later, and after the last attempt it stays failed with its error. */
    private void send(long deliveryId) {
        QuarkusTransaction.requiringNew().run(() -> {
            Object[] d = (Object[]) em.createNativeQuery("select d.kind, d.brief_id, d.attempts, s.email, s.unsubscribe_token, s.active"
                    + " from brief_delivery d join brief_subscription s on s.id = d.subscription_id where d.id = :d").setParameter("d", deliveryId)
                    .getSingleResult();
            if (!(Boolean) d[5]) {
                mark(deliveryId, "FAILED", "unsubscribed before it was sent", 0);
                return;
            }
            long briefId = ((Number) d[1]).longValue();
            String root = publicUrl.root(URI.create("http://localhost:" + port + "/"));
            String unsubscribe = root + "/briefs/unsubscribe/" + d[4];
            String page = root + "/briefs/published/" + briefId;
            PublishedBrief brief = briefs.get(briefId);
            int attempts = ((Number) d[2]).intValue() + 1;
            try {
                Mail mail = "ERRATUM".equals(d[0]) ? BriefMail.erratum((String) d[3], brief, briefs.errata(briefId), unsubscribe, page)
                        : BriefMail.brief((String) d[3], brief, briefs.changes(briefId), unsubscribe, page);
                mailer.send(mail);
                mark(deliveryId, "SENT", null, attempts);
            } catch (RuntimeException e) {
                String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                LOG.warnf("Brief email %d failed (attempt %d): %s", deliveryId, attempts, error);
                mark(deliveryId, attempts >= maxAttempts ? "FAILED" : "PENDING", error, attempts);
            }
        });
    }

    private void mark(long id, String status, String error, int attempts) {
        long waitSeconds = Math.min(3600, backoff.toSeconds() * (1L << Math.min(20, Math.max(0, attempts - 1))));
        em.createNativeQuery("update brief_delivery set status = :st, last_error = :e, attempts = :a, lease_until = null,"
                + " sent_at = case when :st = 'SENT' then now() else sent_at end,"
                + " next_attempt_at = now() + make_interval(secs => :w) where id = :id").setParameter("st", status).setParameter("e", error)
                .setParameter("a", attempts).setParameter("w", (double) waitSeconds).setParameter("id", id).executeUpdate();
    }

    // Plain JDBC, its own transaction: claims stay out of the per-request statement counts tests and benchmarks read.
    private List<Long> claim(String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            c.setAutoCommit(true);
            q.setInt(1, BATCH);
            List<Long> ids = new ArrayList<>();
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim scheduled briefs: " + e.getMessage(), e);
        }
    }
}

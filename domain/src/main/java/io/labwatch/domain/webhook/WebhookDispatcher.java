package io.labwatch.domain.webhook;

import io.labwatch.domain.shared.Hashes;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries from the outbox. A batch is claimed with a lease ({@code FOR UPDATE SKIP LOCKED}), so several
 * instances can run side by side and a delivery whose sender died is taken up again when its lease runs out. Each
 * POST carries the JSON payload and an HMAC-SHA256 signature of {@code timestamp + "." + body} under the webhook's
 * secret; a failure is retried with exponential backoff up to a cap, and every attempt is logged. Delivery is at
 * least once: receivers dedupe by the {@code X-Labwatch-Delivery} id.
 * <p>
 * One slow or dead receiver cannot hold up the others: attempts run on a pool of
 * {@code labwatch.webhooks.concurrency} workers, at most one at a time per receiver (host and port), each within a
 * total deadline ({@code labwatch.webhooks.timeout}); a webhook that failed three times in a row is paused, for
 * twice as long after each further failure, and its deliveries wait.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 50;
    /** Failures in a row after which a webhook is paused. */
    static final int PAUSE_AFTER = 3;

    record Claimed(long id, long webhookId, String event, String body, int attempts, String url, String secret) {
        String receiver() {
            try {
                URI uri = URI.create(url);
                return String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT) + ":" + uri.getPort();
            } catch (IllegalArgumentException e) {
                return url;
            }
        }
    }

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "labwatch.webhooks.backoff", defaultValue = "PT10S")
    Duration backoff;

    @ConfigProperty(name = "labwatch.webhooks.max-backoff", defaultValue = "PT1H")
    Duration maxBackoff;

    @ConfigProperty(name = "labwatch.webhooks.max-attempts", defaultValue = "10")
    int maxAttempts;

    @ConfigProperty(name = "labwatch.webhooks.timeout", defaultValue = "PT10S")
    Duration timeout;

    @ConfigProperty(name = "labwatch.webhooks.concurrency", defaultValue = "8")
    int concurrency;

    @Inject
    WebhookEgress egress;

    private WebhookSender sender;
    private ExecutorService workers;
    private final AtomicInteger inFlight = new AtomicInteger();
    /** Set when due deliveries had to wait: the next worker to finish dispatches again at once. */
    private final java.util.concurrent.atomic.AtomicBoolean backlog = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.locks.ReentrantLock dispatching = new java.util.concurrent.locks.ReentrantLock();
    private final Set<String> busyReceivers = ConcurrentHashMap.newKeySet();
    private final Set<Long> busyWebhooks = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void init() {
        sender = new WebhookSender(egress.policy(), timeout, Math.max(concurrency * 2, 8));
        AtomicInteger n = new AtomicInteger();
        workers = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "labwatch-webhook-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    void stop(@Observes ShutdownEvent event) throws IOException, InterruptedException {
        workers.shutdownNow();
        workers.awaitTermination(5, TimeUnit.SECONDS);
        sender.close();
    }

    @Scheduled(every = "${labwatch.webhooks.poll-interval:5s}", delayed = "${labwatch.webhooks.poll-interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (!dispatching.tryLock()) {
            return;
        }
        try {
            while (inFlight.get() < concurrency && dispatchDue() > 0) {
                // more may be due, and workers are free
            }
        } catch (RuntimeException e) {
            LOG.warnf("Webhook deliveries paused until the next poll: %s", e.getMessage());
        } finally {
            dispatching.unlock();
        }
    }

    /** Hands due deliveries to free workers, one per receiver; returns how many were started. */
    int dispatchDue() {
        List<Claimed> batch = claim();
        List<Long> release = new ArrayList<>();
        int started = 0;
        for (Claimed d : batch) {
            if (inFlight.get() >= concurrency || !busyReceivers.add(d.receiver())) {
                release.add(d.id());
                continue;
            }
            busyWebhooks.add(d.webhookId());
            inFlight.incrementAndGet();
            started++;
            workers.execute(() -> {
                try {
                    send(d);
                } finally {
                    busyWebhooks.remove(d.webhookId());
                    busyReceivers.remove(d.receiver());
                    inFlight.decrementAndGet();
                }
                if (backlog.getAndSet(false)) {
                    // deliveries waited for this receiver or for a worker: go on now, not at the next poll
                    poll();
                }
            });
        }
        release(release);
        if (!release.isEmpty()) {
            backlog.set(true);
        }
        return started;
    }

    // Plain JDBC, each statement its own transaction: the poller runs in the background and stays out of the
    // per-request statement counts (Hibernate statistics) that tests and benchmarks read.
    private List<Claimed> claim() {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("""
                update webhook_delivery d set lease_until = now() + make_interval(secs => ?)
                  from webhook w
                 where w.id = d.webhook_id and d.id in (
                       select x.id from webhook_delivery x join webhook y on y.id = x.webhook_id and y.active
                        where x.status = 'PENDING' and x.next_attempt_at <= now() and (x.lease_until is null or x.lease_until < now())
                          and (y.paused_until is null or y.paused_until <= now()) and x.webhook_id <> all (?)
                        order by x.next_attempt_at, x.id limit ? for update of x skip locked)
                returning d.id, d.webhook_id, d.event, d.payload::text, d.attempts, w.url, w.secret
                """)) {
            c.setAutoCommit(true);
            // the lease outlasts an attempt's deadline, so no other instance takes a delivery that is still being sent
            q.setDouble(1, timeout.toSeconds() * 3 + 60);
            Array busy = c.createArrayOf("bigint", busyWebhooks.toArray());
            q.setArray(2, busy);
            q.setInt(3, BATCH);
            List<Claimed> claimed = new ArrayList<>();
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    claimed.add(new Claimed(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getInt(5), r.getString(6), r.getString(7)));
                }
            }
            claimed.sort(java.util.Comparator.comparingLong(Claimed::id));
            return claimed;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim webhook deliveries: " + e.getMessage(), e);
        }
    }

    /** Gives back deliveries claimed but not started (their receiver is busy): the next poll takes them. */
    private void release(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("update webhook_delivery set lease_until = null where id = any (?)")) {
            q.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            q.executeUpdate();
        } catch (SQLException e) {
            // the leases run out by themselves
            LOG.warnf("Cannot release %d webhook deliveries: %s", ids.size(), e.getMessage());
        }
    }

    private void send(Claimed d) {
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        long started = System.nanoTime();
        Map<String, String> headers = Map.of("X-Labwatch-Event", d.event(), "X-Labwatch-Delivery", String.valueOf(d.id()),
                "X-Labwatch-Timestamp", timestamp, "X-Labwatch-Signature", "sha256=" + Hashes.hmacSha256(d.secret(), timestamp + "." + d.body()));
        WebhookSender.Outcome outcome = sender.send(d.url(), headers, d.body());
        int millis = (int) ((System.nanoTime() - started) / 1_000_000);
        record(d, outcome, millis);
    }

    /** The attempt, the delivery's new state and the webhook's failure count, in one transaction. */
    private void record(Claimed d, WebhookSender.Outcome outcome, int millis) {
        boolean ok = outcome.ok();
        // backoff, 2 x backoff, 4 x backoff ... up to the cap
        long delayMillis = Math.min(maxBackoff.toMillis(), backoff.toMillis() << Math.min(d.attempts(), 20));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement attempt = c.prepareStatement("insert into webhook_attempt (delivery_id, status_code, error, duration_ms)"
                    + " values (?, ?, ?, ?)");
                    PreparedStatement update = c.prepareStatement("""
                            update webhook_delivery set attempts = attempts + 1, lease_until = null,
                                   status = case when ? then 'DELIVERED' when attempts + 1 >= ? then 'FAILED' else 'PENDING' end,
                                   delivered_at = case when ? then now() end,
                                   next_attempt_at = case when ? then next_attempt_at else now() + make_interval(secs => ?) end
                             where id = ?
                            """);
                    PreparedStatement receiver = c.prepareStatement("""
                            update webhook set consecutive_failures = case when ? then 0 else consecutive_failures + 1 end,
                                   paused_until = case when ? or consecutive_failures + 1 < ? then null
                                                       else now() + make_interval(secs => least(? * power(2, consecutive_failures + 1 - ?), ?)) end
                             where id = ?
                            """)) {
                attempt.setLong(1, d.id());
                attempt.setObject(2, outcome.status(), Types.INTEGER);
                attempt.setString(3, outcome.reason());
                attempt.setInt(4, millis);
                attempt.executeUpdate();
                update.setBoolean(1, ok);
                update.setInt(2, maxAttempts);
                update.setBoolean(3, ok);
                update.setBoolean(4, ok);
                update.setDouble(5, delayMillis / 1000.0);
                update.setLong(6, d.id());
                update.executeUpdate();
                receiver.setBoolean(1, ok);
                receiver.setBoolean(2, ok);
                receiver.setInt(3, PAUSE_AFTER);
                receiver.setDouble(4, backoff.toMillis() / 1000.0);
                receiver.setInt(5, PAUSE_AFTER);
                receiver.setDouble(6, maxBackoff.toSeconds());
                receiver.setLong(7, d.webhookId());
                receiver.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            // the lease runs out and the delivery is tried again: at least once
            LOG.warnf("Cannot record webhook delivery %d: %s", d.id(), e.getMessage());
        }
    }
}

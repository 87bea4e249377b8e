package io.labwatch.api.shared;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.labwatch.api.error.Problem;
import io.labwatch.domain.account.ApiToken;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Rate limits of the API: each API token (or each user, with a password) may make {@code labwatch.api.rate-limit.per-minute}
 * requests a minute, refilled steadily. The buckets are Bucket4j's, kept in PostgreSQL (table api_rate_bucket), so
 * every instance counts against the same ones. Answers carry RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset
 * (seconds until the bucket is full again) and RateLimit-Policy; a caller past the limit gets 429 with Retry-After
 * and a problem body, and the request is not run. 0 turns the limits off.
 */
@Singleton
public class RateLimits {

    private static final String PROBE = "labwatch.rate-limit";

    private final long perMinute;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final BucketConfiguration configuration;

    @Inject
    SecurityIdentity identity;

    @Inject
    public RateLimits(DataSource dataSource, @ConfigProperty(name = "labwatch.api.rate-limit.per-minute", defaultValue = "600") long perMinute) {
        this.perMinute = perMinute;
        this.buckets = perMinute <= 0 ? null : Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING).table("api_rate_bucket").idColumn("id").stateColumn("state")
                .expiresAtColumn("expires_at")
                // a bucket that has refilled to the top holds nothing a new one would not: it may go a minute later
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        this.configuration = perMinute <= 0 ? null : BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))).build();
    }

    /** Before the other request filters of the API: a refused request claims no Idempotency-Key (its retry must run). */
    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.AUTHORIZATION + 100)
    public Response take(ContainerRequestContext request) {
        if (buckets == null || identity.isAnonymous() || !request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        Object token = identity.getAttribute(ApiToken.ID_ATTRIBUTE);
        // the limit is part of the key: a bucket stored under another limit (before the operator changed it) is not reused
        String key = (token != null ? "token:" + token : "user:" + identity.getPrincipal().getName()) + "/" + perMinute;
        ConsumptionProbe probe = buckets.getProxy(key, () -> configuration).tryConsumeAndReturnRemaining(1);
        request.setProperty(PROBE, probe);
        if (probe.isConsumed()) {
            return null;
        }
        long wait = seconds(probe.getNanosToWaitForRefill());
        Response.ResponseBuilder refused = Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", wait)
                .entity(Problem.of("rate-limited", "Too many requests", 429, "This " + (token != null ? "token" : "user") + " may make "
                        + perMinute + " requests a minute; try again in " + wait + " s"));
        headers(probe).forEach(refused::header);
        return refused.build();
    }

    @ServerResponseFilter
    public void tell(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(PROBE) instanceof ConsumptionProbe probe && probe.isConsumed()) {
            headers(probe).forEach((name, value) -> response.getHeaders().putSingle(name, value));
        }
    }

    /**
     * Deletes the buckets that have expired, a thousand at a time (SKIP LOCKED: instances cleaning at once take
     * different rows, and a bucket in use is left alone); how many went.
     */
    public int removeExpired() {
        if (buckets == null) {
            return 0;
        }
        int removed = 0;
        int batch;
        do {
            batch = buckets.removeExpired(1000);
            removed += batch;
        } while (batch == 1000);
        return removed;
    }

    @Scheduled(every = "${labwatch.api.rate-limit.cleanup-every:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void cleanUp() {
        removeExpired();
    }

    private java.util.Map<String, Object> headers(ConsumptionProbe probe) {
        return java.util.Map.of("RateLimit-Limit", perMinute, "RateLimit-Remaining", probe.getRemainingTokens(),
                "RateLimit-Reset", seconds(probe.getNanosToWaitForReset()), "RateLimit-Policy", perMinute + ";w=60");
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}

package io.labwatch.app.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Every answer carries an {@code X-Request-Id}: the caller's, where it sent a plain one (letters, digits, ".", "_",
 * "-", at most 100), else a new UUID. It is in every log line of the request ({@code %X{requestId}}), so that a
 * caller's report of a failure finds its lines.
 */
@Singleton
public class RequestIds {

    static final String HEADER = "X-Request-Id";

    /** Before everything else, so that even a refused request has its id. */
    static final int PRIORITY = 1100;

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    void register(@Observes Filters filters) {
        filters.register(RequestIds::tag, PRIORITY);
    }

    static void tag(RoutingContext routing) {
        String given = routing.request().getHeader(HEADER);
        String id = given != null && PLAIN.matcher(given).matches() ? given : UUID.randomUUID().toString();
        routing.response().putHeader(HEADER, id);
        MDC.put("requestId", id);
        routing.addEndHandler(done -> MDC.remove("requestId"));
        routing.next();
    }
}

package io.labwatch.app.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;

/**
 * Refuses a request whose Host header is not a plain host name or address with an optional port ("evil.example/x",
 * "a@b", spaces, several colons): where no public URL is configured, absolute URLs (feed links, Location headers) are
 * made from it, and such a value would turn into a path, credentials or a broken link in them. A plain but foreign
 * host still gets through; configuring {@code labwatch.http.public-url} takes the Host header out of every URL.
 */
@Singleton
public class HostHeaderFilter {

    /** Before routing and security, after StrictTransportSecurity (so the refusal carries HSTS too). */
    static final int PRIORITY = 900;

    private static final Pattern PLAIN = Pattern.compile("(?:[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*\\.?|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?");

    void register(@Observes Filters filters) {
        filters.register(HostHeaderFilter::check, PRIORITY);
    }

    static void check(RoutingContext routing) {
        String host = routing.request().getHeader(HttpHeaders.HOST);
        if (host != null && (host.length() > 261 || !PLAIN.matcher(host).matches())) {
            routing.response().setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8")
                    .end("The Host header must be a host name or address, with an optional port.\n");
            return;
        }
        routing.next();
    }
}

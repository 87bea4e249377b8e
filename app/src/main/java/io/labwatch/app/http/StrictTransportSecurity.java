package io.labwatch.app.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code labwatch.http.secure-cookies=true} (the setting that says Labwatch is served over HTTPS), every response
 * carries {@code Strict-Transport-Security: max-age=31536000}: a browser that has been here once goes to HTTPS by
 * itself for a year, so a network attacker cannot strip TLS on a later visit (and read the session cookie sent with a
 * typed http:// address). Not sent otherwise: over plain HTTP it would lock browsers out of a site that has no TLS.
 */
@Singleton
public class StrictTransportSecurity {

    static final String HEADER = "Strict-Transport-Security";
    static final String VALUE = "max-age=31536000";

    /** First of Labwatch's filters, so that even a refused request carries it. */
    static final int PRIORITY = 1000;

    @ConfigProperty(name = "labwatch.http.secure-cookies", defaultValue = "false")
    boolean https;

    void register(@Observes Filters filters) {
        if (https) {
            filters.register(StrictTransportSecurity::add, PRIORITY);
        }
    }

    static void add(RoutingContext routing) {
        routing.response().putHeader(HEADER, VALUE);
        routing.next();
    }
}

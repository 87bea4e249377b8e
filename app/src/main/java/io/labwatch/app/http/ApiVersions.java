package io.labwatch.app.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * The API's first version is {@code /api/v1/...}; {@code /api/...} stays as its alias. A versioned address is routed as
 * the unversioned one before security runs, so that every permission of a path holds for its versioned address too.
 */
@Singleton
public class ApiVersions {

    static final String V1 = "/api/v1/";

    /** After the request id and the Host check, before routing and security. */
    static final int PRIORITY = 800;

    void register(@Observes Filters filters) {
        filters.register(ApiVersions::route, PRIORITY);
    }

    static void route(RoutingContext routing) {
        String path = routing.normalizedPath();
        if (path.startsWith(V1)) {
            String query = routing.request().query();
            routing.reroute("/api/" + path.substring(V1.length()) + (query == null ? "" : "?" + query));
            return;
        }
        routing.next();
    }
}

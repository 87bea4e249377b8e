package io.labwatch.web.shared;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/**
 * A page that shows a secret once (a new API token, feed URL or webhook secret, the sign-in form): no cache, the
 * browser's included, may keep it, so it cannot be read back from disk or through Back.
 */
public final class ShownOnce {

    private static final CacheControl NO_STORE = noStore();

    private ShownOnce() {
    }

    public static Response.ResponseBuilder ok(Object entity) {
        return Response.ok(entity).cacheControl(NO_STORE);
    }

    public static Response.ResponseBuilder noStore(Response.ResponseBuilder response) {
        return response.cacheControl(NO_STORE);
    }

    private static CacheControl noStore() {
        CacheControl c = new CacheControl();
        c.setNoStore(true);
        c.setNoCache(true);
        c.setPrivate(true);
        return c;
    }
}

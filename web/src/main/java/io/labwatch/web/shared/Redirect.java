package io.labwatch.web.shared;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * "See other" redirects to a path on this site, sent as a relative Location: JAX-RS would make it absolute from the
 * request's Host header, which a client chooses (a forged Host would send the browser to another site).
 */
public final class Redirect {

    private Redirect() {
    }

    public static Response.ResponseBuilder seeOther(String path) {
        return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, path);
    }
}

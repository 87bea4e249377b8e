package io.labwatch.api.shared;

import io.labwatch.domain.exchange.RecordKinds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The methods a record collection's address (/api/labs) and a record's (/api/labs/anthropic) take, for OPTIONS and for
 * the Allow of a 405: the default answer would list the methods of every resource whose template matches.
 */
@ApplicationScoped
public class RecordAddresses {

    public static final String COLLECTION_METHODS = "GET, HEAD, POST, OPTIONS";
    public static final String RECORD_METHODS = "GET, HEAD, PUT, PATCH, DELETE, OPTIONS";

    @Inject
    RecordKinds kinds;

    /** The methods of a record collection's or a record's address; null for any other path. */
    public String allowed(String path) {
        String[] parts = path.replaceFirst("^/", "").split("/");
        if (parts.length < 2 || parts.length > 3 || !parts[0].equals("api")
                || !(parts[1].equals("citations") || kinds.all().stream().anyMatch(k -> k.segment.equals(parts[1])))) {
            return null;
        }
        return parts.length == 2 ? COLLECTION_METHODS : RECORD_METHODS;
    }

    /** OPTIONS of a record address: its methods, nothing else. */
    @ServerRequestFilter(preMatching = true)
    public Response options(ContainerRequestContext request) {
        if (!request.getMethod().equals("OPTIONS")) {
            return null;
        }
        String allow = allowed(request.getUriInfo().getPath());
        return allow == null ? null : Response.noContent().header("Allow", allow).build();
    }
}

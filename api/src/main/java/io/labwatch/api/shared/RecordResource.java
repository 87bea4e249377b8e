package io.labwatch.api.shared;

import io.labwatch.api.error.PreconditionFailedException;
import io.labwatch.api.error.RequestBodies;
import io.labwatch.api.error.Versions;
import io.labwatch.domain.exchange.RecordStore;
import io.labwatch.domain.exchange.Versioned;
import io.labwatch.domain.shared.StaleVersionException;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.LongFunction;

/**
 * The five operations every resource of the API offers, over a {@link RecordStore}: list (filters, sort,
 * pagination, Link headers), get (with ETag), create (201 with Location), update and delete (with the version
 * last read as If-Match, 412 when stale, or in the body or query, 409 when stale).
 */
public abstract class RecordResource<R extends Versioned> {

    protected abstract RecordStore<?, R> store();

    /** The key by which a record is addressed in URLs: a slug or an id. */
    protected abstract String keyOf(R record);

    @GET
    public Response list(@Context UriInfo uri) {
        return Listing.respond(store().list(Listing.request(uri)), uri);
    }

    @GET
    @Path("/{key}")
    public Response get(@PathParam("key") String key) {
        R record = store().get(key);
        return Response.ok(record).tag(Versions.etag(record.version())).build();
    }

    @POST
    public Response create(R body, @Context UriInfo uri) {
        R record = store().create(RequestBodies.require(body));
        return Response.created(uri.getAbsolutePathBuilder().path(keyOf(record)).build())
                .entity(record).tag(Versions.etag(record.version())).build();
    }

    @PUT
    @Path("/{key}")
    public Response update(@PathParam("key") String key, @HeaderParam("If-Match") String ifMatch, R body) {
        RequestBodies.require(body);
        R record = guarded(ifMatch, Versions.expected(ifMatch, body.version()), version -> store().update(key, version, body));
        return Response.ok(record).tag(Versions.etag(record.version())).build();
    }

    @DELETE
    @Path("/{key}")
    public Response delete(@PathParam("key") String key, @HeaderParam("If-Match") String ifMatch,
            @QueryParam("version") Long version) {
        guarded(ifMatch, Versions.expected(ifMatch, version), v -> {
            store().delete(key, v);
            return null;
        });
        return Response.noContent().build();
    }

    /** Runs a versioned write; a stale If-Match becomes 412, a stale body version stays 409. */
    private static <T> T guarded(String ifMatch, long version, LongFunction<T> write) {
        try {
            return write.apply(version);
        } catch (StaleVersionException e) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw new PreconditionFailedException(e.getMessage());
            }
            throw e;
        }
    }
}

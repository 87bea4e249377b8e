package io.labwatch.api.shared;

import io.labwatch.api.error.PreconditionFailedException;
import io.labwatch.api.error.RequestBodies;
import io.labwatch.api.error.Versions;
import io.labwatch.domain.exchange.RecordStore;
import io.labwatch.domain.exchange.Versioned;
import io.labwatch.domain.shared.StaleVersionException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.labwatch.domain.shared.InvalidInputException;
import io.labwatch.domain.shared.NotFoundException;
import io.labwatch.domain.shared.PublicUrl;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.core.MediaType;
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

    @Inject
    ObjectMapper json;

    @Inject
    PublicUrl publicUrl;

    protected abstract RecordStore<?, R> store();

    /** The key by which a record is addressed in URLs: a slug or an id. */
    protected abstract String keyOf(R record);

    @GET
    public Response list(@Context UriInfo uri) {
        return Listing.respond(store().list(Listing.request(uri)), publicUrl.rebase(uri.getRequestUri()));
    }

    @GET
    @Path("/{key}")
    public Response get(@PathParam("key") String key, @Context UriInfo uri) {
        R record = movedAware(key, uri, () -> store().get(key));
        return Response.ok(record).tag(Versions.etag(record.version())).build();
    }

    @POST
    public Response create(R body, @Context UriInfo uri) {
        R record = store().create(RequestBodies.require(body));
        return Response.created(publicUrl.rebase(uri.getAbsolutePathBuilder().path(keyOf(record)).build()))
                .entity(record).tag(Versions.etag(record.version())).build();
    }

    @PUT
    @Path("/{key}")
    public Response update(@PathParam("key") String key, @HeaderParam("If-Match") String ifMatch, R body, @Context UriInfo uri) {
        RequestBodies.require(body);
        R record = movedAware(key, uri, () -> guarded(ifMatch, Versions.expected(ifMatch, body.version()), version -> store().update(key, version, body)));
        return Response.ok(record).tag(Versions.etag(record.version())).build();
    }

    /** RFC 7396 JSON merge patch: the fields sent replace the stored ones, null removes one, the rest stay. */
    @PATCH
    @Path("/{key}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    public Response patch(@PathParam("key") String key, @HeaderParam("If-Match") String ifMatch, JsonNode patch, @Context UriInfo uri)
            throws JsonProcessingException {
        if (patch == null || !patch.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object of the fields to change");
        }
        long expected = Versions.expected(ifMatch, patch.hasNonNull("version") ? patch.get("version").asLong() : null);
        R current = movedAware(key, uri, () -> store().get(key));
        ObjectNode merged = json.valueToTree(current);
        MergePatch.apply(merged, (ObjectNode) patch);
        @SuppressWarnings("unchecked")
        R body = (R) json.treeToValue(merged, current.getClass());
        R record = guarded(ifMatch, expected, version -> store().update(key, version, body));
        return Response.ok(record).tag(Versions.etag(record.version())).build();
    }

    @DELETE
    @Path("/{key}")
    public Response delete(@PathParam("key") String key, @HeaderParam("If-Match") String ifMatch,
            @QueryParam("version") Long version, @Context UriInfo uri) {
        movedAware(key, uri, () -> guarded(ifMatch, Versions.expected(ifMatch, version), v -> {
            store().delete(key, v);
            return null;
        }));
        return Response.noContent().build();
    }

    /**
     * Runs an operation on one record; when the key is a fact's former id (see {@link RecordStore#movedTo}), answers
     * 308 Permanent Redirect to the fact's address now, which clients follow with the same method and body.
     */
    private <T> T movedAware(String key, UriInfo uri, java.util.function.Supplier<T> operation) {
        try {
            return operation.get();
        } catch (NotFoundException e) {
            java.util.Optional<Long> now = store().movedTo(key);
            if (now.isEmpty()) {
                throw e;
            }
            java.net.URI location = publicUrl.rebase(uri.getBaseUriBuilder().path(uri.getPath().replaceFirst("/[^/]+/?$", "/" + now.get()))
                    .replaceQuery(uri.getRequestUri().getRawQuery()).build());
            throw new jakarta.ws.rs.WebApplicationException(Response.status(308).location(location).build());
        }
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

package io.labwatch.api.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.labwatch.domain.exchange.RecordStore;
import io.labwatch.domain.exchange.Versioned;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * A collection with a JAX-RS class of its own, for records that are no kind of the registry (citations): the
 * operations of {@link RecordOperations}, typed by the record. Kinds of the registry are served by {@code KindResource}.
 */
@jakarta.ws.rs.Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class RecordResource<R extends Versioned> {

    @Inject
    RecordOperations operations;

    protected abstract RecordStore<?, R> store();

    /** The key by which a record is addressed in URLs: a slug or an id. */
    protected abstract String keyOf(R record);

    @GET
    public Response list(@Context UriInfo uri) {
        return operations.list(store(), uri);
    }

    @GET
    @Path("/{key}")
    public Response get(@PathParam("key") String key, @Context UriInfo uri) {
        return operations.get(store(), key, uri);
    }

    @POST
    public Response create(R body, @Context UriInfo uri) {
        return operations.create(store(), body, this::keyOf, uri);
    }

    @PUT
    @Path("/{key}")
    public Response update(@PathParam("key") String key, @HeaderParam("If-Match") String ifMatch, R body, @Context UriInfo uri) {
        return operations.update(store(), key, ifMatch, body, this::keyOf, "id", uri);
    }

    @PATCH
    @Path("/{key}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    public Response patch(@PathParam("key") String key, @HeaderParam("If-Match") String ifMatch, JsonNode patch, @Context UriInfo uri)
            throws JsonProcessingException {
        return operations.patch(store(), key, ifMatch, patch, uri);
    }

    @DELETE
    @Path("/{key}")
    public Response delete(@PathParam("key") String key, @HeaderParam("If-Match") String ifMatch,
            @QueryParam("version") Long version, @Context UriInfo uri) {
        return operations.delete(store(), key, ifMatch, version, uri);
    }
}

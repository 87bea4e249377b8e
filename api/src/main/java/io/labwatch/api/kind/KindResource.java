package io.labwatch.api.kind;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.labwatch.api.shared.RecordOperations;
import io.labwatch.domain.exchange.RecordKind;
import io.labwatch.domain.exchange.RecordKinds;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Every kind of the registry as a JSON collection, /api/{segment}: no class per kind. Bodies are read as the kind's
 * record, as strictly as a typed parameter; the OpenAPI document describes each kind's paths and schemas
 * ({@code KindDocument}), so clients see /api/hires with HireRecord bodies, not this template.
 */
@Path("/api/{segment}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KindResource {

    @Inject
    RecordKinds kinds;

    @Inject
    RecordOperations operations;

    @GET
    public Response list(@PathParam("segment") String segment, @Context UriInfo uri) {
        return operations.list(kinds.of(segment).store(), uri);
    }

    @GET
    @Path("/{key}")
    public Response get(@PathParam("segment") String segment, @PathParam("key") String key, @Context UriInfo uri) {
        return operations.get(store(segment), key, uri);
    }

    @POST
    public Response create(@PathParam("segment") String segment, JsonNode body, @Context UriInfo uri) throws JsonProcessingException {
        RecordKind kind = kinds.of(segment);
        return operations.create(store(segment), operations.read(body, type(kind)), record -> key(kind, record), uri);
    }

    @PUT
    @Path("/{key}")
    public Response update(@PathParam("segment") String segment, @PathParam("key") String key, @HeaderParam("If-Match") String ifMatch,
            JsonNode body, @Context UriInfo uri) throws JsonProcessingException {
        RecordKind kind = kinds.of(segment);
        return operations.update(store(segment), key, ifMatch, operations.read(body, type(kind)), record -> key(kind, record),
                kind.bySlug ? "slug" : "id", uri);
    }

    @PATCH
    @Path("/{key}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    public Response patch(@PathParam("segment") String segment, @PathParam("key") String key, @HeaderParam("If-Match") String ifMatch,
            JsonNode patch, @Context UriInfo uri) throws JsonProcessingException {
        return operations.patch(store(segment), key, ifMatch, patch, uri);
    }

    @DELETE
    @Path("/{key}")
    public Response delete(@PathParam("segment") String segment, @PathParam("key") String key, @HeaderParam("If-Match") String ifMatch,
            @QueryParam("version") Long version, @Context UriInfo uri) {
        return operations.delete(store(segment), key, ifMatch, version, uri);
    }

    private RecordStore<?, Versioned> store(String segment) {
        return kinds.of(segment).store();
    }

    @SuppressWarnings("unchecked")
    private static Class<Versioned> type(RecordKind kind) {
        return (Class<Versioned>) kind.recordType;
    }

    /** How URLs address a record of the kind: its slug, or its id. */
    static String key(RecordKind kind, Object record) {
        String field = kind.bySlug ? "slug" : "id";
        try {
            for (var component : kind.recordType.getRecordComponents()) {
                if (component.getName().equals(field)) {
                    return String.valueOf(component.getAccessor().invoke(record));
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the " + field + " of a " + kind.noun, e);
        }
        throw new IllegalStateException(kind.recordType.getSimpleName() + " has no " + field);
    }
}

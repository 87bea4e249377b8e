package io.labwatch.api.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.labwatch.api.error.PreconditionFailedException;
import io.labwatch.api.error.RequestBodies;
import io.labwatch.api.error.Versions;
import io.labwatch.domain.exchange.RecordStore;
import io.labwatch.domain.exchange.Versioned;
import io.labwatch.domain.shared.InvalidInputException;
import io.labwatch.domain.shared.NotFoundException;
import io.labwatch.domain.shared.PublicUrl;
import io.labwatch.domain.shared.StaleVersionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import io.labwatch.domain.shared.FieldError;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * The operations every collection of the API offers over a {@link RecordStore}: list (filters, sort, pagination, Link
 * headers), get (with ETag), create (201 with Location), replace, merge-patch and delete (with the version last read as
 * If-Match, 412 when stale, or in the body or query, 409 when stale). One implementation for every kind of record.
 */
@ApplicationScoped
public class RecordOperations {

    @Inject
    ObjectMapper json;

    @Inject
    PublicUrl publicUrl;

    public Response list(RecordStore<?, ?> store, UriInfo uri) {
        return Listing.respond(store.list(Listing.request(uri)), publicUrl.rebase(uri.getRequestUri()));
    }

    public <R extends Versioned> Response get(RecordStore<?, R> store, String key, UriInfo uri) {
        R record = movedAware(store, key, uri, () -> store.get(key));
        return Response.ok(record).tag(Versions.etag(record.version())).build();
    }

    public <R extends Versioned> Response create(RecordStore<?, R> store, R body, Function<R, String> keyOf, UriInfo uri) {
        R record = store.create(RequestBodies.require(body));
        return Response.created(publicUrl.rebase(uri.getAbsolutePathBuilder().path(keyOf.apply(record)).build()))
                .entity(record).tag(Versions.etag(record.version())).build();
    }

    public <R extends Versioned> Response update(RecordStore<?, R> store, String key, String ifMatch, R body, Function<R, String> keyOf,
            String keyField, UriInfo uri) {
        RequestBodies.require(body);
        String bodyKey = keyOf.apply(body);
        if (bodyKey != null && !bodyKey.equals("null") && !bodyKey.equals(key)) {
            // PUT replaces the record at this address; moving it to another is not a replacement
            throw new InvalidInputException(List.of(new FieldError(keyField, "is '" + bodyKey + "' but the address names '" + key
                    + "': a PUT cannot change a record's " + keyField + "; send '" + key + "' (or leave it out)")));
        }
        R record = movedAware(store, key, uri, () -> guarded(ifMatch, Versions.expected(ifMatch, body.version(), () -> store.get(key).version()),
                v -> store.update(key, v, body)));
        return Response.ok(record).tag(Versions.etag(record.version())).build();
    }

    /** RFC 7396 JSON merge patch: the fields sent replace the stored ones, null removes one, the rest stay. */
    public <R extends Versioned> Response patch(RecordStore<?, R> store, String key, String ifMatch, JsonNode patch, UriInfo uri)
            throws JsonProcessingException {
        if (patch == null || !patch.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object of the fields to change");
        }
        R current = movedAware(store, key, uri, () -> store.get(key));
        long expected = Versions.expected(ifMatch, patch.hasNonNull("version") ? patch.get("version").asLong() : null, current::version);
        ObjectNode merged = json.valueToTree(current);
        MergePatch.apply(merged, (ObjectNode) patch);
        @SuppressWarnings("unchecked")
        R body = (R) json.treeToValue(merged, current.getClass());
        R record = guarded(ifMatch, expected, version -> store.update(key, version, body));
        return Response.ok(record).tag(Versions.etag(record.version())).build();
    }

    public Response delete(RecordStore<?, ?> store, String key, String ifMatch, Long version, UriInfo uri) {
        movedAware(store, key, uri, () -> guarded(ifMatch, Versions.expected(ifMatch, version, () -> ((Versioned) store.get(key)).version()), v -> {
            store.delete(key, v);
            return null;
        }));
        return Response.noContent().build();
    }

    /** A request body read as the kind's record, as strictly as a typed parameter would be (unknown fields are refused). */
    public <R> R read(JsonNode body, Class<R> type) throws JsonProcessingException {
        return body == null || body.isNull() ? null : json.treeToValue(body, type);
    }

    /**
     * Runs an operation on one record; when the key is a fact's former id (see {@link RecordStore#movedTo}), answers
     * 308 Permanent Redirect to the fact's address now, which clients follow with the same method and body.
     */
    private <T> T movedAware(RecordStore<?, ?> store, String key, UriInfo uri, Supplier<T> operation) {
        try {
            return operation.get();
        } catch (NotFoundException e) {
            java.util.Optional<Long> now = store.movedTo(key);
            if (now.isEmpty()) {
                throw e;
            }
            URI location = publicUrl.rebase(uri.getBaseUriBuilder().path(uri.getPath().replaceFirst("/[^/]+/?$", "/" + now.get()))
                    .replaceQuery(uri.getRequestUri().getRawQuery()).build());
            throw new WebApplicationException(Response.status(308).location(location).build());
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

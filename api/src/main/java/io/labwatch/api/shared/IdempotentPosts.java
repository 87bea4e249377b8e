package io.labwatch.api.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.labwatch.api.error.Problem;
import io.labwatch.domain.shared.Hashes;
import io.labwatch.domain.shared.IdempotencyKeys;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * {@code Idempotency-Key} on POSTs of the API (IETF draft "The Idempotency-Key HTTP Header Field"): the same key with
 * the same request within 24 hours gets the first answer again (with {@code Idempotent-Replayed: true}) and writes
 * nothing; the same key with another request is 422; a key whose first request still runs is 409. Keys belong to the
 * caller, and live in PostgreSQL ({@link IdempotencyKeys}) so that every instance honours them.
 */
public class IdempotentPosts {

    static final String HEADER = "Idempotency-Key";
    private static final String CLAIMED = "labwatch.idempotency-key";

    @Inject
    IdempotencyKeys keys;

    @Inject
    SecurityIdentity identity;

    @Inject
    AnswerJson answers;

    @ServerRequestFilter
    public Response claim(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !request.getMethod().equals("POST") || !request.getUriInfo().getPath().startsWith("/api/") || identity.isAnonymous()) {
            return null;
        }
        if (key.isBlank() || key.length() > 200 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return problem(400, "bad-idempotency-key", "Bad Request", "Idempotency-Key must be 1 to 200 visible ASCII characters, such as a UUID");
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String fingerprint = Hashes.sha256((request.getUriInfo().getRequestUri().getRawPath() + "?" + request.getUriInfo().getRequestUri().getRawQuery()
                + "\n" + new String(body, StandardCharsets.UTF_8)));
        String principal = identity.getPrincipal().getName();
        IdempotencyKeys.Claim claim = keys.claim(principal, key, fingerprint);
        if (claim instanceof IdempotencyKeys.Claimed) {
            request.setProperty(CLAIMED, new String[] {principal, key});
            return null;
        }
        if (claim instanceof IdempotencyKeys.Reused) {
            return problem(422, "idempotency-key-reused", "Idempotency-Key reused",
                    "this Idempotency-Key was sent with a different request in the last 24 hours; use a new key for a new request");
        }
        if (claim instanceof IdempotencyKeys.Running) {
            return problem(409, "idempotency-key-running", "Request in progress",
                    "the first request with this Idempotency-Key is still running; retry in a moment to get its answer");
        }
        IdempotencyKeys.Answered answered = (IdempotencyKeys.Answered) claim;
        Response.ResponseBuilder replay = Response.status(answered.status()).entity(answered.body().length == 0 ? null : answered.body())
                .header("Idempotent-Replayed", "true");
        answered.headers().forEach(replay::header);
        return replay.build();
    }

    @ServerResponseFilter
    public void store(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (!(request.getProperty(CLAIMED) instanceof String[] claimed)) {
            return;
        }
        if (response.getStatus() >= 500) {
            keys.release(claimed[0], claimed[1]);
            return;
        }
        byte[] body = !response.hasEntity() ? new byte[0] : ConditionalGets.bytes(answers.mapper(), response.getEntity());
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : IdempotencyKeys.REPLAYED) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        if (!headers.containsKey("Content-Type") && body.length > 0) {
            headers.put("Content-Type", response.getMediaType() == null ? "application/json" : response.getMediaType().toString());
        }
        keys.complete(claimed[0], claimed[1], response.getStatus(), headers, body);
        if (response.hasEntity() && !(response.getEntity() instanceof byte[])) {
            response.setEntity(body, null, response.getMediaType() == null ? jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE
                    : response.getMediaType());
        }
    }

    private static Response problem(int status, String type, String title, String detail) {
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(Problem.of(type, title, status, detail)).build();
    }
}

package io.labwatch.api.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.labwatch.api.error.Versions;
import io.labwatch.domain.shared.Hashes;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every JSON answer to a GET of the API has an ETag, and a GET whose If-None-Match names it is answered 304 with no
 * body (RFC 9110 §13.1.2): a record's ETag is its version (set by the resource); any other answer — a list, a
 * timeline, a search — gets a weak ETag of its bytes, which are serialised here once and sent as they are.
 */
public class ConditionalGets {

    @Inject
    AnswerJson answers;

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) throws JsonProcessingException {
        String method = request.getMethod();
        if (!(method.equals("GET") || method.equals("HEAD")) || response.getStatus() != 200 || !response.hasEntity()
                || !request.getUriInfo().getPath().startsWith("/api/") || !json(response)) {
            return;
        }
        Object tag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        if (tag == null) {
            byte[] body = bytes(answers.mapper(), response.getEntity());
            tag = new EntityTag(Hashes.sha256(body).substring(0, 32), true);
            response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
            response.setEntity(body, null, MediaType.APPLICATION_JSON_TYPE);
        }
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), Versions.opaque(tag.toString()))) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    /**
     * Whether the answer is JSON: said so, or (a resource that produces only JSON returns a record without a type, which
     * the writer picks later) an object that is no text, bytes or stream.
     */
    private static boolean json(ContainerResponseContext response) {
        Object entity = response.getEntity();
        // a stream (the export) is written as it goes: it has no bytes to tag in advance
        if (entity instanceof String || entity instanceof java.io.InputStream || entity instanceof jakarta.ws.rs.core.StreamingOutput
                || entity instanceof java.io.File) {
            return false;
        }
        MediaType type = response.getMediaType();
        return type == null ? !(entity instanceof byte[]) : type.isCompatible(MediaType.APPLICATION_JSON_TYPE);
    }

    /** Whether If-None-Match ("*", or tags compared weakly) names the answer's tag. */
    static boolean matches(String ifNoneMatch, String opaque) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        if (ifNoneMatch.trim().equals("*")) {
            return true;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            if (Versions.opaque(candidate).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    /** An answer's entity as the bytes it is sent as: bytes and text as they are, anything else as JSON. */
    static byte[] bytes(ObjectMapper json, Object entity) throws JsonProcessingException {
        return entity instanceof byte[] bytes ? bytes
                : entity instanceof String text ? text.getBytes(java.nio.charset.StandardCharsets.UTF_8)
                : json.writeValueAsBytes(entity);
    }
}

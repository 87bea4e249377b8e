package io.labwatch.domain.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;

/**
 * Idempotency keys of POSTs, kept in PostgreSQL for 24 hours so that every instance honours them: the first request
 * with a key claims it, its answer is stored when it is done, and a repeat of the same request gets that answer. Each
 * step commits on its own, outside the request's transaction, so that a claim is seen by a retry on another instance
 * at once.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** How long a key's answer is kept, and how long a claim may run before a retry may take it over. */
    static final String KEPT = "24 hours";
    static final String ABANDONED = "60 seconds";

    /** What a claim found. */
    public sealed interface Claim {
    }

    /** The key is new (or its earlier request was abandoned): run the request, then {@link #complete} or {@link #release}. */
    public record Claimed() implements Claim {
    }

    /** The same request was answered before: its answer. */
    public record Answered(int status, Map<String, String> headers, byte[] body) implements Claim {
    }

    /** The key was used for a different request. */
    public record Reused() implements Claim {
    }

    /** The first request with the key is still running. */
    public record Running() implements Claim {
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** Claims the key for a request (its method, path and body, as a hash) of the principal. */
    public Claim claim(String principal, String key, String request) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("delete from idempotency_key where created_at < now() - cast(:kept as interval)")
                    .setParameter("kept", KEPT).executeUpdate();
            int claimed = em.createNativeQuery("insert into idempotency_key (principal, key, request) values (:p, :k, :r) on conflict do nothing")
                    .setParameter("p", principal).setParameter("k", key).setParameter("r", request).executeUpdate();
            if (claimed == 1) {
                return new Claimed();
            }
            Object[] row = (Object[]) em.createNativeQuery("select request, status, cast(headers as text), body,"
                            + " created_at < now() - cast(:abandoned as interval) from idempotency_key where principal = :p and key = :k for update")
                    .setParameter("abandoned", ABANDONED).setParameter("p", principal).setParameter("k", key).getSingleResult();
            if (!request.equals(row[0])) {
                return new Reused();
            }
            if (row[1] == null) {
                if (!Boolean.TRUE.equals(row[4])) {
                    return new Running();
                }
                em.createNativeQuery("update idempotency_key set created_at = now() where principal = :p and key = :k")
                        .setParameter("p", principal).setParameter("k", key).executeUpdate();
                return new Claimed();
            }
            return new Answered(((Number) row[1]).intValue(), headers((String) row[2]), (byte[]) row[3]);
        });
    }

    /** Stores the answer of a claimed key. */
    public void complete(String principal, String key, int status, Map<String, String> headers, byte[] body) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update idempotency_key set status = :s, headers = cast(:h as jsonb), body = :b where principal = :p and key = :k")
                .setParameter("s", status).setParameter("h", write(headers)).setParameter("b", body == null ? new byte[0] : body)
                .setParameter("p", principal).setParameter("k", key).executeUpdate());
    }

    /** Gives a claimed key up (the request failed on our side): a retry runs the request again. */
    public void release(String principal, String key) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from idempotency_key where principal = :p and key = :k")
                .setParameter("p", principal).setParameter("k", key).executeUpdate());
    }

    private String write(Map<String, String> headers) {
        try {
            return json.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> headers(String text) {
        try {
            return text == null ? Map.of() : json.readValue(text, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The answer's headers a replay repeats. */
    public static final List<String> REPLAYED = List.of("Location", "ETag", "Content-Type", "Link");
}

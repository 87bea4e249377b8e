package io.labwatch.domain.webhook;

import io.labwatch.domain.account.AccountService;
import io.labwatch.domain.account.UserAccount;
import io.labwatch.domain.listing.Cursor;
import io.labwatch.domain.listing.ListRequest;
import io.labwatch.domain.listing.Page;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.Hashes;
import io.labwatch.domain.shared.InvalidInputException;
import io.labwatch.domain.shared.NotFoundException;
import io.labwatch.domain.shared.SqlValues;
import io.labwatch.domain.shared.TextRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Webhooks a user registers for their watchlist, and their delivery log. Each user sees and removes only their own. */
@ApplicationScoped
public class Webhooks {

    /** A new webhook; the secret signs every delivery and is shown only now. */
    public record Registered(long id, String url, String description, String secret) {
    }

    public record Hook(long id, String url, String description, boolean active, Instant createdAt, long pending, long delivered,
            long failed) {
    }

    /** One attempt: the receiver's status code (none: no answer) and, when it failed, why in Labwatch's words. */
    public record Attempt(Instant at, Integer statusCode, String error, int durationMs) {
    }

    public record Delivery(long id, String event, String status, int attempts, Instant createdAt, Instant nextAttemptAt,
            Instant deliveredAt, String payload, List<Attempt> log) {
    }

    @Inject
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    WebhookEgress egress;

    @Transactional
    public Registered register(String username, String url, String description) {
        List<FieldError> errors = new ArrayList<>();
        String checkedUrl = checkUrl(url, errors);
        String text = description == null || description.isBlank() ? null : description.trim();
        if (text != null && text.length() > 200) {
            errors.add(new FieldError("description", "must be at most 200 characters"));
        }
        TextRules.check("description", text, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String secret = Hashes.randomSecret("whsec_");
        long id = ((Number) em.createNativeQuery("insert into webhook (user_id, url, secret, description) values (:user, :url, :secret, :description)"
                        + " returning id").setParameter("user", user(username).id).setParameter("url", checkedUrl)
                .setParameter("secret", secret).setParameter("description", text).getSingleResult()).longValue();
        return new Registered(id, checkedUrl, text, secret);
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<Hook> list(String username) {
        List<Object[]> rows = em.createNativeQuery("""
                select w.id, w.url, w.description, w.active, w.created_at,
                       count(d.id) filter (where d.status = 'PENDING'), count(d.id) filter (where d.status = 'DELIVERED'),
                       count(d.id) filter (where d.status = 'FAILED')
                  from webhook w left join webhook_delivery d on d.webhook_id = w.id
                 where w.user_id = :user group by w.id order by w.active desc, w.id desc
                """).setParameter("user", user(username).id).getResultList();
        return rows.stream().map(r -> new Hook(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (Boolean) r[3], SqlValues.instant(r[4]),
                ((Number) r[5]).longValue(), ((Number) r[6]).longValue(), ((Number) r[7]).longValue())).toList();
    }

    /** Stops deliveries to the webhook; its log is kept. */
    @Transactional
    public void deactivate(String username, long id) {
        int changed = em.createNativeQuery("update webhook set active = false where id = :id and user_id = :user")
                .setParameter("id", id).setParameter("user", user(username).id).executeUpdate();
        if (changed == 0) {
            throw new NotFoundException("Webhook", id);
        }
    }

    /** The newest deliveries of one of the user's webhooks, each with its attempts: two statements. */
    @Transactional
    public List<Delivery> deliveries(String username, long webhookId, int limit) {
        return deliveries(username, webhookId, Long.MAX_VALUE, limit);
    }

    /**
     * A page of one of the user's webhooks' deliveries by cursor, newest first: the deliveries before the cursor's (by
     * id, the order they were made in), so deliveries made meanwhile neither repeat nor shift a page.
     */
    @Transactional
    public Page<Delivery> deliveries(String username, long webhookId, ListRequest request) {
        long before = request.cursor().isBlank() ? Long.MAX_VALUE : Cursor.decode(request.cursor(), NEWEST).id();
        return Page.ofOneMore(deliveries(username, webhookId, before, request.size() + 1), request.size(),
                last -> Cursor.after(NEWEST, last.id(), last.id()).encode());
    }

    private static final String NEWEST = "newest";

    @SuppressWarnings("unchecked")
    private List<Delivery> deliveries(String username, long webhookId, long before, int limit) {
        Number owned = (Number) em.createNativeQuery("select count(*) from webhook where id = :id and user_id = :user")
                .setParameter("id", webhookId).setParameter("user", user(username).id).getSingleResult();
        if (owned.longValue() == 0) {
            throw new NotFoundException("Webhook", webhookId);
        }
        List<Object[]> rows = em.createNativeQuery("""
                select d.id, d.event, d.status, d.attempts, d.created_at, d.next_attempt_at, d.delivered_at, d.payload::text,
                       a.attempted_at, a.status_code, a.error, a.duration_ms
                  from (select * from webhook_delivery where webhook_id = :id and id < :before order by id desc limit :limit) d
                  left join webhook_attempt a on a.delivery_id = d.id
                 order by d.id desc, a.id
                """).setParameter("id", webhookId).setParameter("before", before).setParameter("limit", limit).getResultList();
        Map<Long, Delivery> byId = new LinkedHashMap<>();
        for (Object[] r : rows) {
            Delivery d = byId.computeIfAbsent(((Number) r[0]).longValue(), id -> new Delivery(id, (String) r[1], (String) r[2],
                    ((Number) r[3]).intValue(), SqlValues.instant(r[4]), SqlValues.instant(r[5]), SqlValues.instant(r[6]), (String) r[7], new ArrayList<>()));
            if (r[8] != null) {
                d.log().add(new Attempt(SqlValues.instant(r[8]), r[9] == null ? null : ((Number) r[9]).intValue(), (String) r[10],
                        ((Number) r[11]).intValue()));
            }
        }
        return List.copyOf(byId.values());
    }

    /** The URL trimmed, with its problems added to {@code errors}: text rules first, then the egress policy. */
    private String checkUrl(String raw, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            errors.add(new FieldError("url", "is required"));
            return null;
        }
        String url = raw.trim();
        if (TextRules.check("url", url, errors)) {
            egress.check(url, errors);
        }
        return url;
    }

    private UserAccount user(String username) {
        return accounts.find(username).orElseThrow(() -> new NotFoundException("User", username));
    }
}

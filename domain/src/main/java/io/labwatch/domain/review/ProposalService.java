package io.labwatch.domain.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.labwatch.domain.exchange.RecordKind;
import io.labwatch.domain.exchange.RecordKinds;
import io.labwatch.domain.exchange.SourceRecord;
import io.labwatch.domain.exchange.SourceStore;
import io.labwatch.domain.exchange.Versioned;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.shared.AuditTrail;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.InvalidInputException;
import io.labwatch.domain.shared.NotFoundException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Review before publish (four eyes): an analyst proposes a new record or an edit; another analyst approves it, and it is
 * written then, as any change is (validation, history, webhooks, feeds), or rejects it with a note. Whether an
 * analyst's changes must go through review is a setting per role ({@code labwatch.review.required-for}).
 */
@ApplicationScoped
public class ProposalService {

    @Inject
    EntityManager em;

    @Inject
    RecordKinds kinds;

    @Inject
    ObjectMapper json;

    @Inject
    SourceStore sources;

    @Inject
    AuditTrail audit;

    /** The roles (analyst, admin) whose changes must be proposed and approved by another analyst; none by default. */
    @ConfigProperty(name = "labwatch.review.required-for")
    Optional<Set<String>> requiredFor;

    /** Whether this signed-in user's changes must be reviewed: decided by their highest role. */
    public boolean requiredFor(SecurityIdentity identity) {
        String role = identity.hasRole("admin") ? "admin" : identity.hasRole("analyst") ? "analyst" : "reader";
        return requiredFor.map(roles -> roles.stream().anyMatch(r -> r.trim().equalsIgnoreCase(role))).orElse(false);
    }

    /** Keeps a change for review; the caller has checked it would be written as it is. */
    @Transactional
    public Proposal propose(RecordKind kind, String key, Long baseVersion, Versioned record, SourceRecord newSource, String author) {
        JsonNode tree = json.valueToTree(record);
        Proposal p = new Proposal();
        p.kind = kind.segment;
        p.targetKey = key;
        p.baseVersion = key == null ? null : baseVersion;
        p.record = write(record);
        p.newSource = newSource == null ? null : write(newSource);
        p.labs = labsOf(kind, tree).toArray(String[]::new);
        p.summary = summary(kind, key, tree);
        p.author = author;
        p.status = Proposal.Status.PENDING;
        p.persist();
        em.flush();
        audit.record("PROPOSE", p, p.id, Map.of(), Map.of("kind", p.kind, "target", String.valueOf(key), "record", tree));
        return p;
    }

    public Proposal get(long id) {
        Proposal p = em.find(Proposal.class, id);
        if (p == null) {
            throw new NotFoundException("Proposal", String.valueOf(id));
        }
        return p;
    }

    /** Proposals waiting for review, oldest first. */
    public List<Proposal> pending() {
        return em.createQuery("from Proposal p where p.status = :pending order by p.createdAt, p.id", Proposal.class)
                .setParameter("pending", Proposal.Status.PENDING).setMaxResults(500).getResultList();
    }

    /** The newest decisions. */
    public List<Proposal> decided(int limit) {
        return em.createQuery("from Proposal p where p.status <> :pending order by p.reviewedAt desc, p.id desc", Proposal.class)
                .setParameter("pending", Proposal.Status.PENDING).setMaxResults(limit).getResultList();
    }

    /** What is proposed about a lab, oldest first. */
    @SuppressWarnings("unchecked")
    public List<Proposal> pendingAbout(String labSlug) {
        return em.createNativeQuery("select * from proposal where status = 'PENDING' and labs @> array[cast(:slug as text)]"
                + " order by created_at, id limit 100", Proposal.class).setParameter("slug", labSlug).getResultList();
    }

    /**
     * Writes the proposed change as the reviewer, with the source typed in its form, in one transaction; a change the
     * record no longer takes (edited since, a duplicate by now, invalid under today's rules) fails with the usual
     * exceptions and leaves the proposal pending.
     */
    @Transactional
    public String approve(long id, String reviewer, String note) {
        Proposal p = decidable(id, reviewer, "approve");
        RecordKind kind = kinds.of(p.kind);
        if (p.newSource != null) {
            SourceRecord source = read(p.newSource, SourceRecord.class);
            boolean exists = !em.createQuery("select s.id from Source s where s.slug = :slug").setParameter("slug", source.slug())
                    .getResultList().isEmpty();
            if (!exists) {
                sources.create(source);
            }
        }
        Object record = read(p.record, kind.recordType);
        Object saved = p.isNew() ? kind.store().create(cast(record)) : kind.store().update(p.targetKey, p.baseVersion, cast(record));
        JsonNode node = json.valueToTree(saved);
        p.result = kind.segment + "/" + (node.hasNonNull("slug") ? node.get("slug").asText() : node.path("id").asText());
        decide(p, Proposal.Status.APPROVED, reviewer, note);
        return p.result;
    }

    @Transactional
    public void reject(long id, String reviewer, String note) {
        Proposal p = decidable(id, reviewer, "reject");
        if (note == null || note.isBlank()) {
            throw InvalidInputException.of("note", "is required: say why, so the author can correct it");
        }
        decide(p, Proposal.Status.REJECTED, reviewer, note);
    }

    private Proposal decidable(long id, String reviewer, String verb) {
        Proposal p = em.find(Proposal.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw new NotFoundException("Proposal", String.valueOf(id));
        }
        if (p.status != Proposal.Status.PENDING) {
            throw InvalidInputException.of("proposal", "was already " + p.status.name().toLowerCase(Locale.ROOT) + " by " + p.reviewer);
        }
        if (p.author.equals(reviewer)) {
            throw InvalidInputException.of("reviewer", "cannot " + verb + " their own proposal: another analyst must review it");
        }
        return p;
    }

    private void decide(Proposal p, Proposal.Status status, String reviewer, String note) {
        p.status = status;
        p.reviewer = reviewer;
        p.reviewNote = note == null || note.isBlank() ? null : note.trim();
        p.reviewedAt = Instant.now();
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", status.name());
        after.put("reviewer", reviewer);
        after.put("note", p.reviewNote);
        after.put("result", p.result);
        audit.record(status == Proposal.Status.APPROVED ? "APPROVE" : "REJECT", p, p.id, Map.of("status", "PENDING"), after);
    }

    /** The slugs of the labs a record names: the components whose entity field is a lab. */
    private static List<String> labsOf(RecordKind kind, JsonNode record) {
        List<String> labs = new ArrayList<>();
        for (RecordComponent c : kind.recordType.getRecordComponents()) {
            if (kind.entityField(c.getName()).map(f -> f.getType() == Lab.class).orElse(kind.entityClass == Lab.class
                    && c.getName().equals("slug"))) {
                JsonNode value = record.get(c.getName());
                if (value != null && value.isTextual() && !value.asText().isBlank()) {
                    labs.add(value.asText());
                }
            }
        }
        return labs;
    }

    /** "New valuation: lab anthropic · as of 1 May 2026 · value $900B (900,000,000,000)". */
    private static String summary(RecordKind kind, String key, JsonNode record) {
        List<String> parts = new ArrayList<>();
        record.fields().forEachRemaining(e -> {
            if (parts.size() < 6 && !e.getValue().isNull() && !e.getValue().isContainerNode() && !Set.of("id", "version").contains(e.getKey())
                    && !e.getValue().asText().isBlank()) {
                parts.add(e.getKey().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT) + " "
                        + ProposedValue.text(kind, e.getKey(), e.getValue()));
            }
        });
        String text = (key == null ? "New " : "Change to ") + kind.noun + (key == null ? "" : " " + key) + ": " + String.join(" · ", parts);
        return text.length() > 1000 ? text.substring(0, 999) + "…" : text;
    }

    @SuppressWarnings("unchecked")
    private static <R> R cast(Object record) {
        return (R) record;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(List.of(new FieldError("record", "can no longer be read as a " + type.getSimpleName()
                    + ": " + e.getOriginalMessage())));
        }
    }
}

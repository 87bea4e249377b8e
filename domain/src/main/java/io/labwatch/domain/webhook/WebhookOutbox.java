package io.labwatch.domain.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.labwatch.domain.compute.ComputeDeal;
import io.labwatch.domain.exchange.RecordKind;
import io.labwatch.domain.finance.FinancialMetric;
import io.labwatch.domain.funding.FundingRound;
import io.labwatch.domain.funding.Valuation;
import io.labwatch.domain.hire.Hire;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.person.Person;
import io.labwatch.domain.shared.EntityFields;
import io.labwatch.domain.shared.FactChanged;
import io.labwatch.domain.shared.TrackedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Hibernate;

/**
 * The outbox: when a fact is created, changed, restored or deleted, one delivery per interested webhook is written
 * in the same transaction — a webhook is interested when its owner follows one of the fact's labs or people, or has
 * a saved search that matches one of them. {@link WebhookDispatcher} sends them later.
 */
@ApplicationScoped
public class WebhookOutbox {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    io.labwatch.domain.shared.BatchWrites batches;

    @Inject
    io.labwatch.domain.exchange.RecordKinds kinds;

    void onChange(@Observes FactChanged change) {
        TrackedEntity fact = (TrackedEntity) Hibernate.unproxy(change.entity());
        RecordKind kind = kinds.ofEntity(fact).filter(RecordKind::isFact).orElse(null);
        if (kind == null || batches.active() && !anyActiveWebhook()) {
            return;
        }
        Set<Lab> labs = new LinkedHashSet<>();
        Set<Person> people = new LinkedHashSet<>();
        EntityFields.of(fact, TrackedEntity.class).values().forEach(value -> {
            Object ref = value == null ? null : Hibernate.unproxy(value);
            if (ref instanceof Lab lab) {
                labs.add(lab);
            } else if (ref instanceof Person person) {
                people.add(person);
            }
        });
        String event = "fact." + switch (change.action()) {
            case "CREATE" -> "created";
            case "DELETE" -> "deleted";
            case "RESTORE" -> "restored";
            default -> "updated";
        };
        em.createNativeQuery("""
                insert into webhook_delivery (webhook_id, event, payload)
                select w.id, :event, cast(:payload as jsonb) from webhook w
                 where w.active and (
                       exists (select 1 from follow f where f.user_id = w.user_id
                                  and (f.lab_id = any(cast(:labs as bigint[])) or f.person_id = any(cast(:people as bigint[]))))
                    or exists (select 1 from saved_search s where s.user_id = w.user_id
                                  and (exists (select 1 from lab l where l.id = any(cast(:labs as bigint[]))
                                                  and l.search @@ websearch_to_tsquery('english', s.query))
                                    or exists (select 1 from person p where p.id = any(cast(:people as bigint[]))
                                                  and p.search @@ websearch_to_tsquery('english', s.query)))))
                """).setParameter("event", event).setParameter("payload", payload(event, kind, fact, change.values(), labs, people))
                .setParameter("labs", array(labs)).setParameter("people", array(people)).executeUpdate();
    }

    /**
     * Whether any webhook could want a delivery, asked once per batch of writes (an import) so that its rows skip the
     * outbox's insert when none can; a single change goes straight to the insert, which finds the webhooks itself.
     */
    private boolean anyActiveWebhook() {
        return batches.remembered(Boolean.class, "any active webhook", () -> java.util.Optional.of(
                (Boolean) em.createNativeQuery("select exists (select 1 from webhook where active)").getSingleResult())).orElse(true);
    }

    private String payload(String event, RecordKind kind, TrackedEntity fact, Map<String, Object> values, Set<Lab> labs, Set<Person> people) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", event);
        body.put("kind", kind.segment);
        body.put("id", fact.id);
        body.put("summary", kind.summary(fact));
        body.put("labs", labs.stream().map(l -> l.slug).toList());
        body.put("people", people.stream().map(p -> p.slug).toList());
        body.put("recordedAt", Instant.now().toString());
        body.put("fact", values);
        body.put("links", Map.of("api", "/api/" + kind.segment + "/" + fact.id,
                "profiles", labs.stream().map(l -> "/labs/" + l.slug).toList()));
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String array(Set<? extends TrackedEntity> entities) {
        return entities.stream().map(e -> String.valueOf(e.id)).collect(Collectors.joining(",", "{", "}"));
    }
}

package io.labwatch.domain.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Hibernate;

/**
 * Writes and reads the audit history. Entries are written in the transaction of the change they describe, so a
 * change and its record stand or fall together; the table refuses updates and deletes (a trigger).
 */
@ApplicationScoped
public class AuditTrail {

    /** One recorded change, with the values before and after as field maps. */
    public record Entry(long id, Instant at, String actor, String entityType, long entityId, String entityKey, String action,
            Map<String, Object> before, Map<String, Object> after) {
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Instance<SecurityIdentity> identity;

    @Inject
    BatchWrites batches;

    /** Records a change; in a batch of writes (an import), the entry is written with the batch's others. */
    public void record(String action, TrackedEntity entity, Object key, Map<String, Object> before, Map<String, Object> after) {
        Object[] row = {actor(), Hibernate.getClass(entity).getSimpleName(), entity.id, String.valueOf(key), action, write(before), write(after)};
        if (batches.holdAudit(row)) {
            return;
        }
        em.createNativeQuery("insert into audit_entry (actor, entity_type, entity_id, entity_key, action, before, after)"
                        + " values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), cast(?7 as jsonb))").setParameter(1, row[0]).setParameter(2, row[1])
                .setParameter(3, row[2]).setParameter(4, row[3]).setParameter(5, row[4]).setParameter(6, row[5]).setParameter(7, row[6])
                .executeUpdate();
    }

    /**
     * The editable values of an entity as its record names them: references by slug, by the field a
     * {@link RecordField} names (a valuation's round by its name), else by id.
     */
    public Map<String, Object> snapshot(TrackedEntity entity) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, RecordField> renamed = renamedFields(entity);
        EntityFields.of(entity, TrackedEntity.class).forEach((name, value) -> {
            RecordField field = renamed.get(name);
            if (field != null) {
                values.put(field.value(), value instanceof TrackedEntity ref
                        ? EntityFields.of(Hibernate.unproxy(ref), TrackedEntity.class).get(field.key()) : value);
            } else if (value instanceof TrackedEntity ref) {
                values.put(name, reference(ref));
            } else if (!(value instanceof byte[])) {
                values.put(name, value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString());
            }
        });
        values.put("version", entity.version);
        return values;
    }

    private static Map<String, RecordField> renamedFields(TrackedEntity entity) {
        Map<String, RecordField> renamed = new java.util.HashMap<>();
        for (Class<?> c = Hibernate.getClass(entity); c != null && c != TrackedEntity.class; c = c.getSuperclass()) {
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                RecordField named = f.getAnnotation(RecordField.class);
                if (named != null) {
                    renamed.put(f.getName(), named);
                }
            }
        }
        return renamed;
    }

    /** The history of one entity, newest first. */
    @SuppressWarnings("unchecked")
    public List<Entry> history(String entityType, long entityId) {
        List<Object[]> rows = em.createNativeQuery("select id, at, actor, entity_type, entity_id, entity_key, action, before::text, after::text"
                + " from audit_entry where entity_type = :type and entity_id = :id order by at desc, id desc")
                .setParameter("type", entityType).setParameter("id", entityId).getResultList();
        return rows.stream().map(this::entry).toList();
    }

    @SuppressWarnings("unchecked")
    public Entry entry(long id) {
        List<Object[]> rows = em.createNativeQuery("select id, at, actor, entity_type, entity_id, entity_key, action, before::text, after::text"
                + " from audit_entry where id = :id").setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("Audit entry", id);
        }
        return entry(rows.get(0));
    }

    private Entry entry(Object[] r) {
        return new Entry(((Number) r[0]).longValue(), SqlValues.instant(r[1]), (String) r[2], (String) r[3], ((Number) r[4]).longValue(),
                (String) r[5], (String) r[6], read((String) r[7]), read((String) r[8]));
    }

    private static Object reference(TrackedEntity ref) {
        try {
            Object value = EntityFields.of(Hibernate.unproxy(ref), TrackedEntity.class).get("slug");
            return value == null ? ref.id : value;
        } catch (RuntimeException e) {
            return ref.id;
        }
    }

    private String actor() {
        java.util.Optional<String> batchActor = batches.actor();
        if (batchActor.isPresent()) {
            return batchActor.get();
        }
        try {
            if (identity.isResolvable()) {
                SecurityIdentity who = identity.get();
                if (!who.isAnonymous()) {
                    return who.getPrincipal().getName();
                }
            }
        } catch (ContextNotActiveException e) {
            // no request: a start-up task such as the demo loader
        }
        return "system";
    }

    private String write(Map<String, Object> values) {
        try {
            return values == null ? null : json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String text) {
        try {
            return text == null ? null : json.readValue(text, LinkedHashMap.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

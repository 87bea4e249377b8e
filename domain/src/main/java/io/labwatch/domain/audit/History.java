package io.labwatch.domain.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.labwatch.domain.exchange.RecordKind;
import io.labwatch.domain.exchange.RecordStore;
import io.labwatch.domain.shared.AuditTrail;
import io.labwatch.domain.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The change history of one record, and restoring the values it had before a change. */
@ApplicationScoped
public class History {

    @Inject
    AuditTrail audit;

    @Inject
    ObjectMapper json;

    @Inject
    io.labwatch.domain.exchange.DraftFactory drafts;

    @Inject
    jakarta.persistence.EntityManager em;

    @Transactional
    public List<AuditTrail.Entry> of(RecordKind kind, String key) {
        return audit.history(kind.entityType(), store(kind).idOf(key));
    }

    /**
     * Brings back the values a record had before the given change (or, for its creation, the values it was created
     * with). Citations are left as they are. The restore is itself a change, recorded as RESTORE; it needs the
     * current version like any edit.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public Object restore(RecordKind kind, String key, long entryId, long expectedVersion) {
        RecordStore<?, Object> store = store(kind);
        long id = store.idOf(key);
        AuditTrail.Entry entry = audit.entry(entryId);
        if (!entry.entityType().equals(kind.entityType()) || entry.entityId() != id) {
            throw InvalidInputException.of("entry", "is not a change of this " + kind.noun);
        }
        Map<String, Object> values = new LinkedHashMap<>(entry.before() != null ? entry.before() : entry.after());
        // the history keeps the id of a superseding fact; the record names it as kind/id
        Object successor = values.get("supersededById");
        if (successor != null) {
            values.put("supersededBy", drafts.factReference(em.find(io.labwatch.domain.shared.FactRef.class, Long.parseLong(successor.toString()))));
        }
        Map<String, Object> record = new LinkedHashMap<>();
        for (var component : kind.recordType.getRecordComponents()) {
            String name = component.getName();
            if (values.containsKey(name) && !name.equals("version") && !name.equals("id")) {
                record.put(name, values.get(name));
            }
        }
        Object draft = json.convertValue(record, kind.recordType);
        return store.update(key, expectedVersion, draft, "RESTORE");
    }

    @SuppressWarnings("unchecked")
    private static RecordStore<?, Object> store(RecordKind kind) {
        return kind.store();
    }
}

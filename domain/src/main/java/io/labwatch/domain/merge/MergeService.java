package io.labwatch.domain.merge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.labwatch.domain.exchange.RecordKind;
import io.labwatch.domain.exchange.RecordKinds;
import io.labwatch.domain.shared.AuditTrail;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.InvalidInputException;
import io.labwatch.domain.shared.NotFoundException;
import io.labwatch.domain.shared.TrackedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Table;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Merges a duplicate lab, person or source into the record it duplicates, and undoes a merge. Every row that names the
 * duplicate (found from the database's foreign keys, so no table is forgotten as kinds are added) is pointed at the
 * kept record; the duplicate's name and aliases become the kept record's aliases, the duplicate is deleted and its
 * slug leads to the kept record. What moved is kept by row id, so that an undo moves exactly those rows back.
 */
@ApplicationScoped
public class MergeService {

    /** Kinds that can be merged. */
    public static final Set<String> KINDS = Set.of("labs", "people", "sources");

    /** Rows that name a record twice over would clash on their unique keys: the duplicate's copy goes. */
    private static final Map<String, String> DUPLICATE_ROWS = Map.of(
            "follow", "delete from follow d where d.%1$s = :dup and exists (select 1 from follow k where k.user_id = d.user_id and k.%1$s = :keep)",
            "citation", "delete from citation d where d.%1$s = :dup and exists (select 1 from citation k where k.source_id = d.source_id"
                    + " and k.%1$s = :keep and k.fact_id is not distinct from d.fact_id and k.watch_item_id is not distinct from d.watch_item_id)",
            // a source merged into one that already backs the same fact: the duplicate's citation goes
            "citation.source_id", "delete from citation d where d.source_id = :dup and exists (select 1 from citation k where k.source_id = :keep"
                    + " and k.lab_id is not distinct from d.lab_id and k.fact_id is not distinct from d.fact_id"
                    + " and k.watch_item_id is not distinct from d.watch_item_id)");

    /** One table's rows that moved: their ids. */
    public record Move(String table, String column, List<Long> ids) {
    }

    /** How many rows of each table would move: what a merge form shows before it is confirmed. */
    public record Preview(String keep, String merged, Map<String, Integer> rows) {
        public int total() {
            return rows.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A merge as its record's page lists it. */
    public record Done(long id, String mergedSlug, String mergedName, String actor, java.time.Instant at, java.time.Instant undoneAt) {
    }

    @Inject
    EntityManager em;

    @Inject
    RecordKinds kinds;

    @Inject
    ObjectMapper json;

    @Inject
    AuditTrail audit;

    @Transactional
    public Preview preview(String segment, String keepSlug, String mergedSlug) {
        RecordKind kind = mergeable(segment);
        long keep = kind.store().idOf(keepSlug);
        long dup = kind.store().idOf(mergedSlug);
        refuseSame(keep, dup);
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (String[] ref : references(kind)) {
            Number n = (Number) em.createNativeQuery("select count(*) from " + ref[0] + " where " + ref[1] + " = :dup")
                    .setParameter("dup", dup).getSingleResult();
            if (n.intValue() > 0) {
                rows.merge(ref[0].replace('_', ' '), n.intValue(), Integer::sum);
            }
        }
        return new Preview(keepSlug, mergedSlug, rows);
    }

    /** Merges {@code mergedSlug} into {@code keepSlug}; returns the merge's id (for undo). */
    @Transactional
    public long merge(String segment, String keepSlug, String mergedSlug, String actor) {
        RecordKind kind = mergeable(segment);
        long keep = kind.store().idOf(keepSlug);
        long dup = kind.store().idOf(mergedSlug);
        refuseSame(keep, dup);
        JsonNode merged = json.valueToTree(kind.store().get(mergedSlug));
        JsonNode keptBefore = json.valueToTree(kind.store().get(keepSlug));
        // the rows move in SQL below: nothing loaded so far may be flushed over them
        em.flush();
        em.clear();

        List<Move> moves = new ArrayList<>();
        Set<Long> facts = new LinkedHashSet<>();
        Set<String> factTables = factTables();
        for (String[] ref : references(kind)) {
            String clash = DUPLICATE_ROWS.getOrDefault(ref[0] + "." + ref[1], DUPLICATE_ROWS.get(ref[0]));
            if (clash != null) {
                em.createNativeQuery(String.format(clash, ref[1])).setParameter("dup", dup).setParameter("keep", keep).executeUpdate();
            }
            List<Long> ids = moveRows(ref[0], ref[1], dup, keep, null);
            if (!ids.isEmpty()) {
                moves.add(new Move(ref[0], ref[1], ids));
                if (factTables.contains(ref[0])) {
                    facts.addAll(ids);
                }
            }
        }
        touch(facts);
        em.clear();

        // the duplicate's names lead writes and imports to the kept record from now on
        // the moves changed other tables, not the kept record's own row: its values are still those read above
        ObjectNode kept = ((ObjectNode) keptBefore).deepCopy();
        if (kept.has("aliases")) {
            Set<String> aliases = new LinkedHashSet<>(split(kept.path("aliases").asText("")));
            aliases.add(merged.path("name").asText());
            aliases.addAll(split(merged.path("aliases").asText("")));
            aliases.remove(kept.path("name").asText());
            kept.put("aliases", String.join("; ", aliases));
        }
        for (String field : filled(kind)) {
            if (kept.has(field) && kept.path(field).isNull() && merged.hasNonNull(field)) {
                kept.set(field, merged.get(field));
            }
        }
        kept.remove("citations");
        if (kind.cites()) {
            kept.putNull("citations");
        }
        update(kind, keepSlug, kept);
        kind.store().delete(mergedSlug, merged.path("version").asLong());

        Number id = (Number) em.createNativeQuery("insert into merge_record (kind, kept_id, merged_slug, merged_record, kept_before, moves, actor)"
                        + " values (:kind, :kept, :slug, cast(:merged as jsonb), cast(:before as jsonb), cast(:moves as jsonb), :actor) returning id")
                .setParameter("kind", segment).setParameter("kept", keep).setParameter("slug", mergedSlug).setParameter("merged", write(merged))
                .setParameter("before", write(keptBefore)).setParameter("moves", write(moves)).setParameter("actor", actor).getSingleResult();
        // a slug merged before, then taken by a new record, now leads where this merge leads
        em.createNativeQuery("delete from merged_slug where kind = :kind and slug = :slug").setParameter("kind", segment)
                .setParameter("slug", mergedSlug).executeUpdate();
        em.createNativeQuery("insert into merged_slug (kind, slug, merge_id) values (:kind, :slug, :id)").setParameter("kind", segment)
                .setParameter("slug", mergedSlug).setParameter("id", id.longValue()).executeUpdate();
        audit.record("MERGE", entity(kind, keep), keepSlug, Map.of("merged", mergedSlug, "record", merged),
                Map.of("kept", keepSlug, "rowsMoved", moves.stream().mapToInt(m -> m.ids().size()).sum()));
        return id.longValue();
    }

    /** An undone merge: the kind, the record it had been merged into and the record that is back. */
    public record Undone(String kind, String keptSlug, String restoredSlug) {
    }

    /** Undoes a merge: the merged record comes back (same slug) and exactly the rows the merge moved go back to it. */
    @Transactional
    public Undone undo(long mergeId, String actor) {
        List<?> found = em.createNativeQuery("select kind, kept_id, merged_slug, cast(merged_record as text), cast(kept_before as text),"
                + " cast(moves as text), undone_at from merge_record where id = :id for update").setParameter("id", mergeId).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("Merge", String.valueOf(mergeId));
        }
        Object[] row = (Object[]) found.get(0);
        if (row[6] != null) {
            throw InvalidInputException.of("merge", "was already undone");
        }
        RecordKind kind = mergeable((String) row[0]);
        long keep = ((Number) row[1]).longValue();
        String slug = (String) row[2];
        String keepSlug = slugOf(kind, keep);
        em.createNativeQuery("delete from merged_slug where merge_id = :id").setParameter("id", mergeId).executeUpdate();

        ObjectNode merged = (ObjectNode) read((String) row[3]);
        if (kind.cites()) {
            merged.putNull("citations");
        }
        merged.putNull("version");
        kind.store().create(record(kind, merged));
        long back = kind.store().idOf(slug);
        Set<Long> facts = new LinkedHashSet<>();
        Set<String> factTables = factTables();
        for (JsonNode m : read((String) row[5])) {
            List<Long> ids = new ArrayList<>();
            m.path("ids").forEach(i -> ids.add(i.asLong()));
            List<Long> moved = moveRows(m.path("table").asText(), m.path("column").asText(), keep, back, ids);
            if (factTables.contains(m.path("table").asText())) {
                facts.addAll(moved);
            }
        }
        touch(facts);
        em.clear();

        JsonNode before = read((String) row[4]);
        ObjectNode kept = (ObjectNode) json.valueToTree(kind.store().get(keepSlug));
        List<String> restored = new ArrayList<>(filled(kind));
        restored.add("aliases");
        for (String field : restored) {
            if (kept.has(field)) {
                kept.set(field, before.get(field));
            }
        }
        kept.remove("citations");
        if (kind.cites()) {
            kept.putNull("citations");
        }
        update(kind, keepSlug, kept);
        em.createNativeQuery("update merge_record set undone_at = now(), undone_by = :actor where id = :id").setParameter("actor", actor)
                .setParameter("id", mergeId).executeUpdate();
        audit.record("UNMERGE", entity(kind, keep), keepSlug, Map.of("merged", slug), Map.of("restored", slug));
        return new Undone(kind.segment, keepSlug, slug);
    }

    /** The current slug of the record a merged slug leads to, while the merge stands. */
    public Optional<String> redirect(String segment, String slug) {
        if (segment == null || !KINDS.contains(segment)) {
            return Optional.empty();
        }
        RecordKind kind = kinds.of(segment);
        List<?> found = em.createNativeQuery("select t.slug from merged_slug s join merge_record m on m.id = s.merge_id join "
                + table(kind.entityClass) + " t on t.id = m.kept_id where s.kind = :kind and s.slug = :slug").setParameter("kind", segment)
                .setParameter("slug", slug).getResultList();
        return found.stream().map(String::valueOf).findFirst();
    }

    /** The merges into a record, newest first. */
    @SuppressWarnings("unchecked")
    public List<Done> into(String segment, long keptId) {
        List<Object[]> rows = em.createNativeQuery("select id, merged_slug, coalesce(merged_record ->> 'name', merged_record ->> 'headline'), actor, merged_at, undone_at from merge_record"
                + " where kind = :kind and kept_id = :id order by merged_at desc, id desc limit 50").setParameter("kind", segment)
                .setParameter("id", keptId).getResultList();
        return rows.stream().map(r -> new Done(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], instant(r[4]),
                instant(r[5]))).toList();
    }

    private static java.time.Instant instant(Object value) {
        return value == null ? null : value instanceof java.time.Instant i ? i
                : value instanceof java.time.OffsetDateTime o ? o.toInstant() : ((java.sql.Timestamp) value).toInstant();
    }

    /**
     * The fields a merge fills on the kept record where it has none and the duplicate has one: a lab's or person's
     * outside ids; every field of a source (its author, date, angle, quote), which is one article however often entered.
     */
    private static List<String> filled(RecordKind kind) {
        if (kind.segment.equals("sources")) {
            return java.util.Arrays.stream(kind.recordType.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName)
                    .filter(name -> !List.of("slug", "version", "citations", "grade").contains(name)).toList();
        }
        return List.of("wikidataId", "epochName");
    }

    private RecordKind mergeable(String segment) {
        if (segment == null || !KINDS.contains(segment)) {
            throw new NotFoundException("Kind of record that can be merged", segment);
        }
        return kinds.of(segment);
    }

    private static void refuseSame(long keep, long dup) {
        if (keep == dup) {
            throw InvalidInputException.of("merged", "is the record itself: choose its duplicate");
        }
    }

    /**
     * The rows of one column that name {@code from} (all, or those of {@code only}) now name {@code to}; their ids. A
     * row the move would make clash with another (both labs hold the same valuation) refuses the merge, naming it.
     */
    @SuppressWarnings("unchecked")
    private List<Long> moveRows(String table, String column, long from, long to, List<Long> only) {
        try {
            String sql = "update " + table + " set " + column + " = :to where " + column + " = :from"
                    + (only == null ? "" : " and id = any(cast(:ids as bigint[]))") + " returning id";
            var query = em.createNativeQuery(sql).setParameter("to", to).setParameter("from", from);
            if (only != null) {
                query.setParameter("ids", only.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).map(s -> "{" + s + "}").orElse("{}"));
            }
            return ((List<Object>) query.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        } catch (PersistenceException e) {
            throw new InvalidInputException(List.of(new FieldError("merged", "cannot be merged: both hold the same "
                    + table.replace('_', ' ') + " (" + detail(e) + "); delete or correct one of the two first")));
        }
    }

    private static String detail(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null) {
                String detail = p.getServerErrorMessage().getDetail();
                return detail != null ? detail : p.getServerErrorMessage().getMessage();
            }
        }
        return e.getMessage();
    }

    /** Facts whose parties moved are changed facts: a new version, for caches, errata and "what changed". */
    private void touch(Set<Long> facts) {
        if (!facts.isEmpty()) {
            em.createNativeQuery("update fact set version = version + 1, updated_at = now() where id = any(cast(:ids as bigint[]))")
                    .setParameter("ids", "{" + String.join(",", facts.stream().map(String::valueOf).toList()) + "}").executeUpdate();
        }
    }

    /** Every (table, column) whose foreign key names a record of this kind, but fact_party, which triggers keep. */
    @SuppressWarnings("unchecked")
    private List<String[]> references(RecordKind kind) {
        List<Object[]> rows = em.createNativeQuery("select cast(c.conrelid::regclass as text), a.attname from pg_constraint c"
                + " join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)"
                + " where c.contype = 'f' and c.confrelid = cast(:table as regclass) and c.conrelid <> cast('fact_party' as regclass)"
                + " order by 1, 2").setParameter("table", table(kind.entityClass)).getResultList();
        return rows.stream().map(r -> new String[] {(String) r[0], (String) r[1]}).toList();
    }

    /** The tables of kinds of fact (their id is a fact's). */
    @SuppressWarnings("unchecked")
    private Set<String> factTables() {
        return new LinkedHashSet<>((List<String>) em.createNativeQuery("select cast(c.conrelid::regclass as text) from pg_constraint c"
                + " join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)"
                + " where c.contype = 'f' and c.confrelid = cast('fact' as regclass) and a.attname = 'id'").getResultList());
    }

    /** A record's slug by its id. */
    public String slugOf(RecordKind kind, long id) {
        return String.valueOf(em.createNativeQuery("select slug from " + table(kind.entityClass) + " where id = :id").setParameter("id", id)
                .getSingleResult());
    }

    private static String table(Class<?> entity) {
        return entity.getAnnotation(Table.class).name();
    }

    private TrackedEntity entity(RecordKind kind, long id) {
        return em.find(kind.entityClass, id);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void update(RecordKind kind, String slug, ObjectNode record) {
        ((io.labwatch.domain.exchange.RecordStore) kind.store()).update(slug, record.path("version").asLong(), record(kind, record));
    }

    private <R> R record(RecordKind kind, JsonNode node) {
        try {
            @SuppressWarnings("unchecked")
            R record = (R) json.treeToValue(node, kind.recordType);
            return record;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> split(String aliases) {
        return java.util.Arrays.stream(aliases.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.labwatch.domain.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Query;
import jakarta.persistence.Table;
import jakarta.transaction.Transactional;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Hibernate;

/**
 * What a database constraint that refused a write covers, in the entity's field names, and which stored row holds the
 * values a unique constraint refused: for messages that name fields and link the existing record instead of quoting
 * "funding_round_lab_id_name_key". PostgreSQL has aborted the write's transaction by then, so the look-up runs in one
 * of its own.
 */
@ApplicationScoped
public class ConstraintLookup {

    /** A constraint's fields (those the entity gives a value, in the constraint's order) and the row holding them. */
    public record Covered(List<String> fields, Optional<TrackedEntity> holder) {
    }

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public Covered covered(TrackedEntity entity, String constraint, boolean findHolder) {
        Class<?> type = Hibernate.getClass(entity);
        String table = type.getAnnotation(Table.class).name();
        List<String> columns = em.createNativeQuery("""
                select a.attname from pg_constraint c
                  join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
                 where c.conname = :name and c.conrelid = cast(:table as regclass)
                 order by array_position(c.conkey, a.attnum)
                """).setParameter("name", constraint).setParameter("table", table).getResultList();
        Map<String, Field> fields = fieldsByColumn(type);
        Map<String, Object> values = new LinkedHashMap<>();
        for (String column : columns) {
            Field field = fields.get(column);
            if (field == null) {
                return new Covered(List.of(), Optional.empty());
            }
            values.put(column, value(field, entity));
        }
        List<String> named = columns.stream().filter(c -> values.get(c) != null).map(c -> fields.get(c).getName()).toList();
        return new Covered(named, findHolder && !values.isEmpty() ? holder(type, table, values, entity.id) : Optional.empty());
    }

    private Optional<TrackedEntity> holder(Class<?> type, String table, Map<String, Object> values, Long self) {
        List<String> conditions = new ArrayList<>();
        values.forEach((column, value) -> conditions.add(value == null ? column + " is null" : column + " = :" + column));
        Query query = em.createNativeQuery("select id from " + table + " where " + String.join(" and ", conditions) + " and id <> :self limit 1")
                .setParameter("self", self == null ? -1L : self);
        values.forEach((column, value) -> {
            if (value != null) {
                query.setParameter(column, value);
            }
        });
        return query.getResultList().stream().findFirst().map(id -> (TrackedEntity) em.find(type, ((Number) id).longValue()));
    }

    /** The entity's fields by the column they map to: as annotated, else the field name in snake case (Quarkus's default). */
    private static Map<String, Field> fieldsByColumn(Class<?> type) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                JoinColumn join = f.getAnnotation(JoinColumn.class);
                Column column = f.getAnnotation(Column.class);
                String name = join != null ? join.name() : column != null && !column.name().isEmpty() ? column.name()
                        : f.getName().replaceAll("(?<=[a-z])(?=[A-Z])", "_").toLowerCase(java.util.Locale.ROOT);
                fields.putIfAbsent(name, f);
            }
        }
        return fields;
    }

    /** The value as the column holds it: a referenced entity as its id, an enum as its name. */
    private static Object value(Field field, Object entity) {
        try {
            field.setAccessible(true);
            Object value = field.get(entity);
            return value instanceof TrackedEntity ref ? ref.id : value instanceof Enum<?> e ? e.name() : value;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }
}

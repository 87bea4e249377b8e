package io.labwatch.domain.shared;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.Hibernate;

/** The values of an entity's own fields, read reflectively (for rules over every field, and for audit snapshots). */
public final class EntityFields {

    private EntityFields() {
    }

    /**
     * Field name to value, for the entity's class and its superclasses up to (not including) {@code stop}. Panache
     * makes entity fields private and Hibernate adds its own, named with a $: those are left out.
     */
    public static Map<String, Object> of(Object entity, Class<?> stop) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Class<?> c = Hibernate.getClass(entity); c != null && c != stop && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.getName().contains("$")) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    values.put(f.getName(), f.get(entity));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + f, e);
                }
            }
        }
        return values;
    }
}

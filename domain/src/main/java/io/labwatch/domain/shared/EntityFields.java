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

    /**
     * Copies every public field of the entity's class and its superclasses below {@code stop} (what a form, a record or
     * an import edits) from one entity to another. Panache makes those fields private when it builds the application
     * and gives each a getter and a setter: there a field is copied through them, so that Hibernate sees each write and
     * lazy associations are read as loaded; a field without them (one kept by the entity itself, such as a fact's place
     * on the timeline) is left alone.
     */
    public static void copy(Object from, Object to, Class<?> stop) {
        for (Class<?> c = Hibernate.getClass(from); c != null && c != stop && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || Modifier.isFinal(f.getModifiers()) || f.getName().contains("$")) {
                    continue;
                }
                String property = Character.toUpperCase(f.getName().charAt(0)) + f.getName().substring(1);
                java.util.Optional<java.lang.reflect.Method> getter = accessor(from, "get" + property);
                java.util.Optional<java.lang.reflect.Method> setter = accessor(to, "set" + property, f.getType());
                boolean accessors = getter.isPresent() && setter.isPresent();
                if (!accessors && !Modifier.isPublic(f.getModifiers())) {
                    continue;
                }
                try {
                    if (accessors) {
                        setter.get().invoke(to, getter.get().invoke(from));
                    } else {
                        f.set(to, f.get(from));
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot copy " + f, e);
                }
            }
        }
    }

    private static java.util.Optional<java.lang.reflect.Method> accessor(Object entity, String name, Class<?>... parameters) {
        try {
            return java.util.Optional.of(entity.getClass().getMethod(name, parameters));
        } catch (NoSuchMethodException e) {
            return java.util.Optional.empty();
        }
    }
}

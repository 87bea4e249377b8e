package io.labwatch.domain.shared;

import java.lang.reflect.ParameterizedType;

/** The types a class gives a generic superclass: {@code HireStore extends RecordStore<Hire, HireRecord>} gives Hire first. */
public final class TypeArguments {

    private TypeArguments() {
    }

    /**
     * The {@code index}th type argument {@code type} (or a class it extends, such as a generated proxy or interceptor
     * subclass of a bean) gives {@code generic}.
     */
    @SuppressWarnings("unchecked")
    public static <T> Class<T> of(Class<?> type, Class<?> generic, int index) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getGenericSuperclass() instanceof ParameterizedType p && p.getRawType() == generic
                    && p.getActualTypeArguments()[index] instanceof Class<?> argument) {
                return (Class<T>) argument;
            }
        }
        throw new IllegalStateException(type + " gives " + generic.getSimpleName() + " no type argument " + index);
    }
}

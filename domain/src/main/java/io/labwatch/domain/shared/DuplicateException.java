package io.labwatch.domain.shared;

/** A natural key (slug, URL, headline) is already taken. */
public class DuplicateException extends DomainException {
    public final String field;

    public DuplicateException(String entity, String field, Object value) {
        super(entity + " with " + field + " '" + value + "' already exists");
        this.field = field;
    }
}

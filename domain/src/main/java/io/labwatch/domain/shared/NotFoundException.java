package io.labwatch.domain.shared;

/** The thing named (by slug or id) does not exist. */
public class NotFoundException extends DomainException {
    public final String entity;
    public final String key;

    public NotFoundException(String entity, Object key) {
        super(entity + " '" + key + "' does not exist");
        this.entity = entity;
        this.key = String.valueOf(key);
    }
}

package io.labwatch.domain.shared;

/** A delete refused because other facts still refer to the thing. */
public class InUseException extends DomainException {
    public InUseException(String entity, Object key, String reason) {
        super(entity + " '" + key + "' cannot be deleted: " + reason);
    }
}

package io.labwatch.domain.shared;

/** A write or lookup that the domain refuses; the fronts map each subtype to a precise status. */
public abstract class DomainException extends RuntimeException {
    protected DomainException(String message) {
        super(message);
    }
}

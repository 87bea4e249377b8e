package io.labwatch.api.error;

/** A write that names no version it read (neither If-Match nor a version in the body): 428, nothing changed. */
public class PreconditionRequiredException extends RuntimeException {
    public PreconditionRequiredException(String message) {
        super(message);
    }
}

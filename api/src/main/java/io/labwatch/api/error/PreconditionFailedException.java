package io.labwatch.api.error;

/** An If-Match that does not match the current version: answered with 412 and nothing changed. */
public class PreconditionFailedException extends RuntimeException {
    public PreconditionFailedException(String message) {
        super(message);
    }
}

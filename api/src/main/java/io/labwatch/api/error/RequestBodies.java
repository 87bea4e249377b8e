package io.labwatch.api.error;

import io.labwatch.domain.shared.InvalidInputException;

/** Refuses a write whose body is missing, with a field error rather than a null pointer. */
public final class RequestBodies {

    private RequestBodies() {
    }

    public static <T> T require(T body) {
        if (body == null) {
            throw InvalidInputException.of("body", "is required: send a JSON object");
        }
        return body;
    }
}

package io.labwatch.domain.shared;

/** One problem with one input field, named as the fronts name it. */
public record FieldError(String field, String message) {
}

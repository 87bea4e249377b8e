package io.labwatch.domain.shared;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks Bean Validation or a domain rule; lists every field at fault. */
public class InvalidInputException extends DomainException {
    public final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldError(field, message)));
    }
}

package io.labwatch.domain.listing;

import io.labwatch.domain.shared.DomainException;
import io.labwatch.domain.shared.FieldError;
import java.util.List;
import java.util.stream.Collectors;

/** A list request with an unknown filter, a filter value that matches nothing known, or a bad sort or page. */
public class BadQueryException extends DomainException {
    public final List<FieldError> errors;

    public BadQueryException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }
}

package io.labwatch.domain.exchange;

import io.labwatch.domain.shared.DomainException;
import java.util.List;

/** An import with at least one bad row: nothing was written, and every row's errors are listed. */
public class ImportRejectedException extends DomainException {
    public final List<RowError> errors;

    public ImportRejectedException(List<RowError> errors) {
        super(errors.size() + " problem(s) in the imported data; nothing was written: " + errors.stream().limit(10)
                .map(e -> e.section() + "[" + e.row() + "]." + e.field() + " " + e.message())
                .collect(java.util.stream.Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }
}

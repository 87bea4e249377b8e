package io.labwatch.domain.watch;

import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.Versioned;
import io.labwatch.domain.watch.WatchStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * A watch item in the exchange format. {@code id} and {@code version} are the stored row's (ignored on import);
 * {@code resolvedBy} names the fact that resolved it as kind and id, e.g. {@code hires/12}.
 */
public record WatchItemRecord(Long id, String lab, String question, String detail, LocalDate raisedOn, LocalDate dueBy,
        WatchStatus status, LocalDate resolvedOn, String resolutionNote, String resolvedBy, List<CitationRecord> citations, Long version)
        implements Versioned {
}

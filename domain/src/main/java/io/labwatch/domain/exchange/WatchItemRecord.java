package io.labwatch.domain.exchange;

import io.labwatch.domain.watch.WatchStatus;
import java.time.LocalDate;
import java.util.List;

/** A watch item in the exchange format. */
public record WatchItemRecord(String lab, String question, String detail, LocalDate raisedOn, LocalDate dueBy,
        WatchStatus status, LocalDate resolvedOn, String resolutionNote, List<CitationRecord> citations) {
}

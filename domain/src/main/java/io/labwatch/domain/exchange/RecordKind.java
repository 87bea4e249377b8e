package io.labwatch.domain.exchange;

import io.labwatch.domain.shared.NotFoundException;
import java.util.Arrays;

/** The kinds of record analysts edit: URL segment, record type, store, entity type, and how to name one. */
public enum RecordKind {
    LABS("labs", "lab", LabRecord.class, LabStore.class, true),
    PEOPLE("people", "person", PersonRecord.class, PersonStore.class, true),
    SOURCES("sources", "source", SourceRecord.class, SourceStore.class, true),
    HIRES("hires", "talent move", HireRecord.class, HireStore.class, false),
    FUNDING_ROUNDS("funding-rounds", "funding round", FundingRoundRecord.class, FundingRoundStore.class, false),
    VALUATIONS("valuations", "valuation", ValuationRecord.class, ValuationStore.class, false),
    FINANCIAL_METRICS("financial-metrics", "financial metric", FinancialMetricRecord.class, FinancialMetricStore.class, false),
    COMPUTE_DEALS("compute-deals", "compute deal", ComputeDealRecord.class, ComputeDealStore.class, false),
    WATCH_ITEMS("watch-items", "watch item", WatchItemRecord.class, WatchItemStore.class, false);

    public final String segment;
    public final String noun;
    public final Class<?> recordType;
    @SuppressWarnings("rawtypes")
    public final Class<? extends RecordStore> storeType;
    /** Addressed by slug (else by id). */
    public final boolean bySlug;

    @SuppressWarnings("rawtypes")
    RecordKind(String segment, String noun, Class<?> recordType, Class<? extends RecordStore> storeType, boolean bySlug) {
        this.segment = segment;
        this.noun = noun;
        this.recordType = recordType;
        this.storeType = storeType;
        this.bySlug = bySlug;
    }

    public static RecordKind of(String segment) {
        return Arrays.stream(values()).filter(k -> k.segment.equals(segment)).findFirst()
                .orElseThrow(() -> new NotFoundException("Kind of record", segment));
    }

    /** The entity class's simple name, as the audit history records it: "Lab", "FundingRound". */
    public String entityType() {
        String name = recordType.getSimpleName();
        return name.substring(0, name.length() - "Record".length());
    }

    /** Whether facts of this kind cite sources in the form. */
    public boolean cites() {
        return this != PEOPLE && this != SOURCES;
    }
}

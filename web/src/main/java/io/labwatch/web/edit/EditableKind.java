package io.labwatch.web.edit;

import io.labwatch.domain.exchange.ComputeDealRecord;
import io.labwatch.domain.exchange.ComputeDealStore;
import io.labwatch.domain.exchange.FinancialMetricRecord;
import io.labwatch.domain.exchange.FinancialMetricStore;
import io.labwatch.domain.exchange.FundingRoundRecord;
import io.labwatch.domain.exchange.FundingRoundStore;
import io.labwatch.domain.exchange.HireRecord;
import io.labwatch.domain.exchange.HireStore;
import io.labwatch.domain.exchange.LabRecord;
import io.labwatch.domain.exchange.LabStore;
import io.labwatch.domain.exchange.PersonRecord;
import io.labwatch.domain.exchange.PersonStore;
import io.labwatch.domain.exchange.RecordStore;
import io.labwatch.domain.exchange.SourceRecord;
import io.labwatch.domain.exchange.SourceStore;
import io.labwatch.domain.exchange.ValuationRecord;
import io.labwatch.domain.exchange.ValuationStore;
import io.labwatch.domain.exchange.WatchItemRecord;
import io.labwatch.domain.exchange.WatchItemStore;
import io.labwatch.domain.shared.NotFoundException;
import java.util.Arrays;

/** The things analysts edit in the web UI: their URL segment, record type, store, and how to name one. */
public enum EditableKind {
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
    EditableKind(String segment, String noun, Class<?> recordType, Class<? extends RecordStore> storeType, boolean bySlug) {
        this.segment = segment;
        this.noun = noun;
        this.recordType = recordType;
        this.storeType = storeType;
        this.bySlug = bySlug;
    }

    public static EditableKind of(String segment) {
        return Arrays.stream(values()).filter(k -> k.segment.equals(segment)).findFirst()
                .orElseThrow(() -> new NotFoundException("Kind of record", segment));
    }

    /** Whether facts of this kind cite sources in the form. */
    public boolean cites() {
        return this != PEOPLE && this != SOURCES;
    }
}

package io.labwatch.domain.exchange;

import io.labwatch.domain.compute.ComputeDeal;
import io.labwatch.domain.finance.FinancialMetric;
import io.labwatch.domain.funding.FundingRound;
import io.labwatch.domain.funding.Valuation;
import io.labwatch.domain.hire.Hire;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.person.Person;
import io.labwatch.domain.shared.FactRef;
import io.labwatch.domain.shared.NotFoundException;
import io.labwatch.domain.shared.TrackedEntity;
import io.labwatch.domain.source.Source;
import io.labwatch.domain.watch.WatchItem;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Hibernate;

/** The kinds of record analysts edit: URL segment, entity, record type, store, and how to name one. */
public enum RecordKind {
    LABS("labs", "lab", Lab.class, LabRecord.class, LabStore.class, true),
    PEOPLE("people", "person", Person.class, PersonRecord.class, PersonStore.class, true),
    SOURCES("sources", "source", Source.class, SourceRecord.class, SourceStore.class, true),
    HIRES("hires", "talent move", Hire.class, HireRecord.class, HireStore.class, false),
    FUNDING_ROUNDS("funding-rounds", "funding round", FundingRound.class, FundingRoundRecord.class, FundingRoundStore.class, false),
    VALUATIONS("valuations", "valuation", Valuation.class, ValuationRecord.class, ValuationStore.class, false),
    FINANCIAL_METRICS("financial-metrics", "financial metric", FinancialMetric.class, FinancialMetricRecord.class, FinancialMetricStore.class,
            false),
    COMPUTE_DEALS("compute-deals", "compute deal", ComputeDeal.class, ComputeDealRecord.class, ComputeDealStore.class, false),
    WATCH_ITEMS("watch-items", "watch item", WatchItem.class, WatchItemRecord.class, WatchItemStore.class, false);

    /** The dated facts: what a watch item can be resolved by, and what webhooks announce. */
    public static final Set<RecordKind> DATED_FACTS = EnumSet.of(HIRES, FUNDING_ROUNDS, VALUATIONS, FINANCIAL_METRICS, COMPUTE_DEALS);

    public final String segment;
    public final String noun;
    public final Class<? extends TrackedEntity> entityClass;
    public final Class<?> recordType;
    @SuppressWarnings("rawtypes")
    public final Class<? extends RecordStore> storeType;
    /** Addressed by slug (else by id). */
    public final boolean bySlug;

    @SuppressWarnings("rawtypes")
    RecordKind(String segment, String noun, Class<? extends TrackedEntity> entityClass, Class<?> recordType,
            Class<? extends RecordStore> storeType, boolean bySlug) {
        this.segment = segment;
        this.noun = noun;
        this.entityClass = entityClass;
        this.recordType = recordType;
        this.storeType = storeType;
        this.bySlug = bySlug;
    }

    public static RecordKind of(String segment) {
        return Arrays.stream(values()).filter(k -> k.segment.equals(segment)).findFirst()
                .orElseThrow(() -> new NotFoundException("Kind of record", segment));
    }

    /** The kind of an entity (a Hibernate proxy counts as its class), if it is one. */
    public static Optional<RecordKind> ofEntity(Object entity) {
        return ofClass(Hibernate.getClass(entity));
    }

    /** The kind whose entity class this is, if any. */
    public static Optional<RecordKind> ofClass(Class<?> type) {
        return Arrays.stream(values()).filter(k -> k.entityClass.equals(type)).findFirst();
    }

    /** The kind as the {@code fact} table stores it (HIRE, FUNDING_ROUND, ...), or null for records that are not facts. */
    public String factKind() {
        jakarta.persistence.DiscriminatorValue value = entityClass.getAnnotation(jakarta.persistence.DiscriminatorValue.class);
        return value == null ? null : value.value();
    }

    /** The kind of record whose facts the {@code fact} table stores under this kind. */
    public static Optional<RecordKind> ofFactKind(String factKind) {
        return Arrays.stream(values()).filter(k -> factKind.equals(k.factKind())).findFirst();
    }

    /** The type name citations and the read models give this kind: hire, fundingRound, watchItem. */
    public String citedType() {
        return FactRef.typeName(factKind() != null ? factKind() : entityClass.getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2"));
    }

    /** The entity class's simple name, as the audit history records it: "Lab", "FundingRound". */
    public String entityType() {
        return entityClass.getSimpleName();
    }

    /** Whether facts of this kind cite sources in the form. */
    public boolean cites() {
        return this != PEOPLE && this != SOURCES;
    }
}

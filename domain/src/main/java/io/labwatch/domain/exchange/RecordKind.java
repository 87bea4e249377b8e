package io.labwatch.domain.exchange;

import io.labwatch.domain.shared.FactRef;
import io.labwatch.domain.shared.TrackedEntity;
import jakarta.persistence.DiscriminatorValue;

/**
 * A kind of record analysts edit, as its store describes it ({@link KindInfo}); {@link RecordKinds} holds them all.
 * Facts (hires, rounds, ...) are the kinds whose entity is a kind of {@code DatedFact}.
 */
public final class RecordKind {

    public final String segment;
    public final String section;
    public final String noun;
    public final int order;
    public final Class<? extends TrackedEntity> entityClass;
    public final Class<?> recordType;
    /** Addressed by slug (else by id). */
    public final boolean bySlug;
    public final String keyField;
    public final String keyWords;
    /** The page that shows a record, with one of its fields in braces: {@code /labs/{lab}}. */
    public final String page;
    private final RecordStore<?, ?> store;

    RecordKind(RecordStore<?, ?> store, KindInfo info) {
        this.store = store;
        this.segment = info.segment();
        this.section = sectionOf(info.segment());
        this.noun = info.noun();
        this.order = info.order();
        this.bySlug = info.bySlug();
        this.keyField = info.keyField();
        this.keyWords = info.keyWords();
        this.recordType = info.recordType();
        this.page = info.page();
        this.entityClass = store.type();
    }

    /** How a section of such records is headed: "Model releases", "Legal cases" (its store's {@link RecordStore#title()}). */
    public String title() {
        return store.title();
    }

    /** The dataset section of a URL segment: funding-rounds → fundingRounds. */
    public static String sectionOf(String segment) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-([a-z])").matcher(segment);
        return m.replaceAll(r -> r.group(1).toUpperCase(java.util.Locale.ROOT));
    }

    @SuppressWarnings("unchecked")
    public <R> RecordStore<?, R> store() {
        return (RecordStore<?, R>) store;
    }

    /** The kind as the {@code fact} table stores it (HIRE, FUNDING_ROUND, ...), or null for records that are not facts. */
    public String factKind() {
        DiscriminatorValue value = entityClass.getAnnotation(DiscriminatorValue.class);
        return value == null ? null : value.value();
    }

    public boolean isFact() {
        return factKind() != null;
    }

    /** The type name citations and the read models give this kind: hire, fundingRound, watchItem. */
    public String citedType() {
        return FactRef.typeName(isFact() ? factKind() : entityClass.getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2"));
    }

    /** The entity class's simple name, as the audit history records it: "Lab", "FundingRound". */
    public String entityType() {
        return entityClass.getSimpleName();
    }

    /** Whether records of this kind cite sources. */
    public boolean cites() {
        return store.citationAttribute() != null;
    }

    /** One line about a record of this kind (see {@link RecordStore#summary(TrackedEntity, String)}). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public String summary(TrackedEntity entity, String timelineKind) {
        return ((RecordStore) store).summary(entity, timelineKind);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public String summary(TrackedEntity entity) {
        return ((RecordStore) store).summary(entity);
    }

    /**
     * The entity's field a record component stands for (same name, in the entity's class or a superclass): a component
     * whose field is a lab or a person names one, whatever the kind calls it.
     */
    public java.util.Optional<java.lang.reflect.Field> entityField(String name) {
        for (Class<?> c = entityClass; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return java.util.Optional.of(c.getDeclaredField(name));
            } catch (NoSuchFieldException e) {
                // a superclass may declare it
            }
        }
        return java.util.Optional.empty();
    }

    @Override
    public String toString() {
        return segment;
    }
}

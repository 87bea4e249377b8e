package io.labwatch.domain.exchange;

import io.labwatch.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hibernate.Hibernate;

/**
 * The one registry of kinds of record: every {@link RecordStore} bean is a kind. Everything that lists kinds (API
 * filters and examples, dataset and CSV sections, import and export, edit forms, history, timelines, webhook
 * summaries) asks this registry, so a new kind is its package's store and entity, and nothing else to register.
 */
@ApplicationScoped
public class RecordKinds {

    @Inject
    @Any
    Instance<RecordStore<?, ?>> stores;

    private volatile List<RecordKind> all;

    /** Every kind, in import order (what a record refers to comes before it). */
    public List<RecordKind> all() {
        List<RecordKind> kinds = all;
        if (kinds == null) {
            kinds = of(stores.stream().toList());
            all = kinds;
        }
        return kinds;
    }

    /**
     * The kinds these stores make, in import order, for a reader without CDI (the API document is built while the
     * application is built): what a store says of its kind needs none of its injected parts.
     */
    public static List<RecordKind> of(java.util.Collection<? extends RecordStore<?, ?>> stores) {
        return stores.stream().filter(s -> s.info() != null).map(s -> new RecordKind(s, s.info()))
                .sorted(Comparator.comparingInt((RecordKind k) -> k.order).thenComparing(k -> k.segment)).toList();
    }

    /** The kinds that are facts (hires, rounds, ...): what a watch item can be resolved by, and what webhooks announce. */
    public List<RecordKind> facts() {
        return all().stream().filter(RecordKind::isFact).toList();
    }

    public RecordKind of(String segment) {
        return all().stream().filter(k -> k.segment.equals(segment)).findFirst()
                .orElseThrow(() -> new NotFoundException("Kind of record", segment));
    }

    public Optional<RecordKind> ofSection(String section) {
        return all().stream().filter(k -> k.section.equals(section)).findFirst();
    }

    /** The kind of an entity (a Hibernate proxy counts as its class), if it is one. */
    public Optional<RecordKind> ofEntity(Object entity) {
        return ofClass(Hibernate.getClass(entity));
    }

    /** The kind whose entity class this is, if any. */
    public Optional<RecordKind> ofClass(Class<?> type) {
        return all().stream().filter(k -> k.entityClass.equals(type)).findFirst();
    }

    /** The kind of record whose facts the {@code fact} table stores under this kind (HIRE, ...). */
    public Optional<RecordKind> ofFactKind(String factKind) {
        return all().stream().filter(k -> factKind.equals(k.factKind())).findFirst();
    }

    /** The kind citations name by this type (hire, fundingRound, watchItem), if any. */
    public Optional<RecordKind> ofCitedType(String type) {
        return all().stream().filter(k -> k.cites() && k.citedType().equals(type)).findFirst();
    }
}

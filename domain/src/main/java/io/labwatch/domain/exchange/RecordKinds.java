package io.labwatch.domain.exchange;

import io.labwatch.domain.shared.DatedFact;
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

    @Inject
    jakarta.persistence.EntityManager em;

    private volatile List<RecordKind> all;

    /**
     * Built at start: some stores are transactional beans, and the first reader may be an I/O thread (the 405 of
     * GET /api/import names the methods an address takes), where no transaction may start.
     */
    void build(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent start) {
        all();
    }

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

    /** The kinds of fact shown in sections derived from the registry (no sections of their own), in import order. */
    public List<RecordKind> derived() {
        return facts().stream().filter(k -> !k.store().ownSections()).toList();
    }

    /**
     * The newest current facts of each derived kind that involve the lab, at most {@code limit} per kind, newest first:
     * one statement finds them all, and one per kind that has any loads them, so that a profile costs the same
     * however many kinds Labwatch knows.
     */
    public java.util.Map<RecordKind, List<DatedFact>> newestOfLab(long labId, int limit) {
        return newestOf("lab_id", labId, limit);
    }

    /** The same for a person: the facts that name them (a board seat they held, one they took over, ...). */
    public java.util.Map<RecordKind, List<DatedFact>> newestOfPerson(long personId, int limit) {
        return newestOf("person_id", personId, limit);
    }

    private java.util.Map<RecordKind, List<DatedFact>> newestOf(String partyColumn, long id, int limit) {
        return load(em.createNativeQuery("select id, kind from (select f.id, f.kind, row_number() over (partition by f.kind"
                        + " order by f.occurred_on desc, f.id desc) as n from fact f where f.kind in (:kinds) and f.status = 'CURRENT'"
                        + " and exists (select 1 from fact_party p where p.fact_id = f.id and p." + partyColumn + " = :party)) x"
                        + " where n <= :limit order by kind, n")
                .setParameter("kinds", derivedKinds()).setParameter("party", id).setParameter("limit", limit));
    }

    /**
     * The current facts of the derived kinds that involve any of the labs, dated between from and to and recorded
     * before the moment, oldest first: one statement, and one per kind that has any.
     */
    public java.util.Map<RecordKind, List<DatedFact>> ofLabsBetween(java.util.Collection<Long> labIds, java.time.LocalDate from,
            java.time.LocalDate to, java.time.Instant recordedBefore) {
        if (labIds.isEmpty()) {
            return java.util.Map.of();
        }
        return load(em.createNativeQuery("select f.id, f.kind from fact f where f.kind in (:kinds) and f.status = 'CURRENT'"
                        + " and f.occurred_on between :from and :to and f.created_at < :recorded"
                        + " and exists (select 1 from fact_party p where p.fact_id = f.id and p.lab_id in (:labs))"
                        + " order by f.occurred_on, f.id")
                .setParameter("kinds", derivedKinds()).setParameter("labs", labIds).setParameter("from", from).setParameter("to", to)
                .setParameter("recorded", recordedBefore));
    }

    private List<String> derivedKinds() {
        List<String> kinds = derived().stream().map(RecordKind::factKind).toList();
        // "in ()" is no SQL: a kind that cannot exist keeps the statement valid when every kind has sections of its own
        return kinds.isEmpty() ? List.of("-") : kinds;
    }

    /** The facts the (id, kind) rows name, by kind in registry order, each in the rows' order. */
    private java.util.Map<RecordKind, List<DatedFact>> load(jakarta.persistence.Query rows) {
        java.util.Map<String, List<Long>> ids = new java.util.LinkedHashMap<>();
        for (Object row : rows.getResultList()) {
            Object[] r = (Object[]) row;
            ids.computeIfAbsent((String) r[1], k -> new java.util.ArrayList<>()).add(((Number) r[0]).longValue());
        }
        java.util.Map<RecordKind, List<DatedFact>> facts = new java.util.LinkedHashMap<>();
        for (RecordKind kind : derived()) {
            List<Long> ofKind = ids.get(kind.factKind());
            if (ofKind != null) {
                java.util.Map<Long, ?> found = kind.store().byIds(ofKind);
                facts.put(kind, ofKind.stream().map(found::get).filter(java.util.Objects::nonNull).map(f -> (DatedFact) f).toList());
            }
        }
        return facts;
    }
}

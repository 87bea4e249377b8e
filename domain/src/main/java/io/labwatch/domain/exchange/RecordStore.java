package io.labwatch.domain.exchange;

import io.labwatch.domain.listing.ListRequest;
import io.labwatch.domain.listing.ListSpec;
import io.labwatch.domain.listing.Page;
import io.labwatch.domain.shared.DatedFact;
import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FactStatus;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.InvalidInputException;
import io.labwatch.domain.shared.TrackedEntity;
import io.labwatch.domain.source.CitationLookup;
import io.labwatch.domain.source.CitationService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads and writes one entity type in the exchange format: records in, records out, citations included.
 * Lists cost a constant number of statements whatever the page holds: one count, one page query with its
 * to-one associations fetched, one query for the page's citations.
 */
public abstract class RecordStore<E extends TrackedEntity, R> {

    @Inject
    protected EntityManager em;

    @Inject
    protected DraftFactory drafts;

    @Inject
    CitationService citations;

    @Inject
    CitationLookup citationLookup;

    /** The entity class, as named in JPQL: the store's first type argument (read without injection, as the API document is built). */
    protected Class<E> type() {
        return io.labwatch.domain.shared.TypeArguments.of(getClass(), RecordStore.class, 0);
    }

    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<EntityService<?>> services;

    private EntityService<E> service;

    /** The service that writes this kind: the one whose entity type is this store's. */
    @SuppressWarnings("unchecked")
    protected EntityService<E> service() {
        if (service == null) {
            service = (EntityService<E>) services.stream().filter(s -> s.entityType() == type()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no EntityService writes " + type().getSimpleName()));
        }
        return service;
    }

    /** The stored entity a URL names: by id (a store of records addressed by slug looks them up so). */
    protected E find(String key) {
        return service().get(id(key, service().entityName()));
    }

    /** Builds a draft from a record, adding reference problems to {@code errors}. */
    protected abstract E draft(R record, List<FieldError> errors);

    protected abstract R toRecord(E entity, List<CitationRecord> citations);

    /** The filters and sort keys of this list. */
    protected abstract ListSpec listSpec();

    /** What this kind of record is called and where it lives; null for a store that is no kind of its own (citations). */
    protected abstract KindInfo info();

    /**
     * The fields that tell a record of this kind apart without its id (a lab's slug; a move's person, kind, date and
     * labs): an import leaves a stored record with the same values as it is. Empty: none (every record is new).
     */
    protected List<String> naturalKey() {
        return List.of();
    }

    /** The stored record with the same natural key as a draft, if any; an absent value matches only an absent one. */
    protected java.util.Optional<E> existing(E draft) {
        List<String> key = naturalKey();
        if (key.isEmpty()) {
            return java.util.Optional.empty();
        }
        Map<String, Object> values = io.labwatch.domain.shared.EntityFields.of(draft, TrackedEntity.class);
        String where = String.join(" and ", key.stream().map(f -> values.get(f) == null ? "x." + f + " is null" : "x." + f + " = :" + f).toList());
        TypedQuery<E> query = em.createQuery("select x from " + type().getSimpleName() + " x where " + where, type());
        key.stream().filter(f -> values.get(f) != null).forEach(f -> query.setParameter(f, values.get(f)));
        return query.setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * The stored record with the same natural key as this one, if any: what an import that diffs (rather than skips)
     * compares a row with. Reference problems of the record are added to {@code errors}, and then there is none.
     */
    public java.util.Optional<R> twin(R record, List<FieldError> errors) {
        E draft = draftOf(record, errors);
        return errors.isEmpty() ? existing(draft).map(this::get) : java.util.Optional.empty();
    }

    /** How a section of such records is headed: its path segment in words ("board-seats": "Board seats"). */
    public String title() {
        String words = info().segment().replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The draft of a record: its kind's fields and, for a fact, what every fact carries (certainty, lifecycle). */
    public E draftOf(R record, List<FieldError> errors) {
        E draft = draft(record, errors);
        if (draft instanceof DatedFact fact && record instanceof FactRecord facts) {
            drafts.factFields(fact, facts, errors);
        }
        return draft;
    }

    /**
     * Loads the facts that superseded any of these into the persistence context, so that naming them costs one
     * statement for the page (and none when no fact on it is superseded) instead of one per row.
     */
    private void loadSuccessors(List<E> entities) {
        List<Long> successors = entities.stream().filter(e -> e instanceof DatedFact).map(e -> ((DatedFact) e).supersededById)
                .filter(java.util.Objects::nonNull).distinct().toList();
        if (!successors.isEmpty()) {
            em.createQuery("select f from FactRef f where f.id in :ids", io.labwatch.domain.shared.FactRef.class)
                    .setParameter("ids", successors).getResultList();
        }
    }

    /** The fact that superseded this one, as kind/id ("valuations/12"); null while it is not superseded. */
    protected String supersededBy(DatedFact fact) {
        return fact.supersededById == null ? null : drafts.factReference(em.find(io.labwatch.domain.shared.FactRef.class, fact.supersededById));
    }

    /** One line about a record, as timelines, feeds and webhook payloads show it. */
    public String summary(E entity) {
        return type().getSimpleName() + " " + entity.id;
    }

    /** One line about a fact as it stands on a timeline under {@code timelineKind} (a move's lab sees HIRE_IN or HIRE_OUT). */
    public String summary(E entity, String timelineKind) {
        return summary(entity);
    }

    /**
     * The kinds of timeline entry a fact of this kind makes, as {@code lab_event} names them: the fact's kind, or
     * {@code <KIND>_IN} and {@code <KIND>_OUT} for a kind that moves someone to or from a lab.
     */
    public List<String> timelineKinds() {
        jakarta.persistence.DiscriminatorValue kind = type().getAnnotation(jakarta.persistence.DiscriminatorValue.class);
        return kind == null ? List.of() : List.of(kind.value());
    }

    /**
     * Whether the lab profile and the briefs have sections of their own for this kind (templates, queries, figures); a
     * kind without them is shown in sections derived from the registry ({@link RecordKinds#newestOfLab},
     * {@link RecordKinds#ofLabsBetween}, {@link #summary}): a section of the profile, and "Other developments" in briefs.
     */
    public boolean ownSections() {
        return false;
    }

    /** The stored records with these ids, with what {@link #fetches()} names, by id: one statement. */
    public Map<Long, E> byIds(java.util.Collection<Long> ids) {
        Map<Long, E> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select e from " + type().getSimpleName() + " e" + fetches() + " where e.id in :ids", type())
                    .setParameter("ids", java.util.Set.copyOf(ids)).getResultList().forEach(e -> found.put(e.id, e));
        }
        return found;
    }

    /**
     * The to-one associations to fetch with a page, as " left join fetch e.x" clauses: every one the entity's own class
     * declares (a move's person and labs, a valuation's lab and round), so that a page costs no statement per row.
     */
    protected String fetches() {
        StringBuilder fetches = new StringBuilder();
        for (java.lang.reflect.Field f : type().getDeclaredFields()) {
            if (f.isAnnotationPresent(jakarta.persistence.ManyToOne.class) || f.isAnnotationPresent(jakarta.persistence.OneToOne.class)) {
                fetches.append(" left join fetch e.").append(f.getName());
            }
        }
        return fetches.toString();
    }

    /**
     * The type name citations give this type (lab, hire, fundingRound, ...), or null when this type is not cited: for
     * a fact, its kind's name as the fact table stores it, in camel case.
     */
    protected String citationAttribute() {
        jakarta.persistence.DiscriminatorValue kind = type().getAnnotation(jakarta.persistence.DiscriminatorValue.class);
        return kind == null ? null : io.labwatch.domain.shared.FactRef.typeName(kind.value());
    }

    /** The citations a record carries (null: leave stored ones as they are); a fact's record lists them. */
    protected List<CitationRecord> citationsOf(R record) {
        return record instanceof FactRecord fact ? fact.citations() : null;
    }

    /** Whether a new record of this type must cite at least one source: every fact must. */
    protected boolean citationRequired() {
        return DatedFact.class.isAssignableFrom(type());
    }

    /**
     * Where a fact's former id leads: facts of every kind share one sequence since V12, and the rounds, valuations,
     * metrics and deals stored before it were given new ids. Empty when the key is no former id of this kind.
     */
    public java.util.Optional<Long> movedTo(String key) {
        jakarta.persistence.DiscriminatorValue kind = type().getAnnotation(jakarta.persistence.DiscriminatorValue.class);
        if (kind == null || !key.matches("[0-9]{1,18}")) {
            return java.util.Optional.empty();
        }
        List<?> ids = em.createNativeQuery("select fact_id from fact_former_id where kind = :kind and former_id = :id")
                .setParameter("kind", kind.value()).setParameter("id", Long.parseLong(key)).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).findFirst();
    }

    /** The id of the stored entity a key names. */
    public long idOf(String key) {
        return find(key).id;
    }

    /** The stored entity as its record, with its citations. */
    public R recordOf(E entity) {
        return get(entity);
    }

    /** A draft (an imported row as the store reads it) as a record: references as slugs, without citations. */
    public R recordOfDraft(E draft) {
        return toRecord(draft, List.of());
    }

    public R get(String key) {
        E entity = find(key);
        return toRecord(entity, citationsFor(List.of(entity)).getOrDefault(entity.id, List.of()));
    }

    public R create(R record) {
        List<FieldError> errors = new ArrayList<>();
        E draft = draftOf(record, errors);
        List<DraftFactory.SourceRef> refs = citationAttribute() == null ? List.of()
                : drafts.citations(citationsOf(record), citationRequired(), errors);
        failOn(errors, draft, null);
        E stored = service().create(draft);
        refs.forEach(ref -> citations.cite(stored, ref.source(), ref.note()));
        return get(stored);
    }

    /** Replaces the fields; citations are replaced when the record lists them and kept when it omits them. */
    public R update(String key, long expectedVersion, R record) {
        return update(key, expectedVersion, record, "UPDATE");
    }

    /** An update recorded in the history under {@code action}. */
    public R update(String key, long expectedVersion, R record, String action) {
        return update(find(key), expectedVersion, record, action);
    }

    /** An update of a stored entity (one an import found by its natural key), recorded in the history under {@code action}. */
    public R update(E current, long expectedVersion, R record, String action) {
        List<FieldError> errors = new ArrayList<>();
        E draft = draftOf(record, errors);
        List<CitationRecord> cited = citationAttribute() == null ? null : citationsOf(record);
        List<DraftFactory.SourceRef> refs = cited == null ? List.of() : drafts.citations(cited, citationRequired(), errors);
        failOn(errors, draft, current.id);
        E stored = service().update(current, expectedVersion, draft, action);
        if (cited != null) {
            em.createQuery("delete from Citation c where c." + CitationLookup.attribute(citationAttribute()) + ".id = :id")
                    .setParameter("id", stored.id).executeUpdate();
            refs.forEach(ref -> citations.cite(stored, ref.source(), ref.note()));
        }
        return get(stored);
    }

    public void delete(String key, long expectedVersion) {
        service().delete(find(key), expectedVersion);
    }

    /** The kind's list spec and, for facts, the filters every list of facts takes. */
    private ListSpec fullListSpec() {
        ListSpec spec = listSpec();
        if (DatedFact.class.isAssignableFrom(type())) {
            // how sure: every fact says it
            spec.filter("certainty", "e.certainty = :certainty", ListSpec.oneOf(io.labwatch.domain.shared.Certainty.class));
            // a list is a current view: facts superseded, denied or retracted only when asked for (status=all, or a status)
            spec.filter("status", "e.status in :status", FactStatus::filter);
            // "grade=B": facts that at least one source graded B or better reports
            spec.filter("grade", "e.id in (select c.fact.id from Citation c where c.source.grade in :grade)",
                    io.labwatch.domain.source.Reliability::atLeast);
        }
        return spec;
    }

    /** The filters the list takes, as the API documents them. */
    public List<String> listFilters() {
        return List.copyOf(fullListSpec().filterNames());
    }

    /** How the API describes this kind of record (its tag); a kind says more by overriding it. */
    public String apiDescription() {
        KindInfo info = info();
        return Character.toUpperCase(info.noun().charAt(0)) + info.noun().substring(1) + "s, addressed by " + (info.bySlug() ? "slug" : "id") + ".";
    }

    /**
     * What search reads of this kind, as a text expression over its table aliased {@code k} (null: not searched). Its
     * migration indexes {@code to_tsvector('english', <expression>)} with GIN, so that search reads the index.
     */
    public String searchDocument() {
        return null;
    }

    /** A search hit's title, as an expression over {@code k}. */
    public String searchTitle() {
        return "'" + info().noun() + " ' || k.id";
    }

    /** The kind's own table, as its entity names it. */
    public String tableName() {
        jakarta.persistence.Table table = type().getAnnotation(jakarta.persistence.Table.class);
        return table == null ? type().getSimpleName().toLowerCase(java.util.Locale.ROOT) : table.name();
    }

    /** An example request body for creating one (JSON), or null. */
    public String apiExample() {
        return null;
    }

    public Page<R> list(ListRequest request) {
        ListSpec spec = fullListSpec();
        if (DatedFact.class.isAssignableFrom(type())) {
            if (!request.filters().containsKey("status")) {
                Map<String, String> filters = new LinkedHashMap<>(request.filters());
                filters.put("status", "current");
                request = new ListRequest(filters, request.sort(), request.page(), request.size(), request.cursor());
            }
        }
        ListSpec.Jpql jpql = spec.compile(request);
        String entity = type().getSimpleName();
        if (request.byCursor()) {
            return slice(request, jpql, entity);
        }
        TypedQuery<Long> count = em.createQuery("select count(e) from " + entity + " e" + jpql.where(), Long.class);
        TypedQuery<E> page = em.createQuery("select e from " + entity + " e" + fetches() + jpql.where() + jpql.orderBy(), type())
                .setFirstResult(request.offset()).setMaxResults(request.size());
        jpql.parameters().forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        long total = count.getSingleResult();
        List<E> entities = total == 0 ? List.of() : page.getResultList();
        return new Page<>(records(entities), request.page(), request.size(), total);
    }

    /**
     * A page by cursor: the rows after the cursor's position, one more than asked to know whether there is a next page
     * (no count); the next cursor holds the last row's sort value.
     */
    private Page<R> slice(ListRequest request, ListSpec.Jpql jpql, String entity) {
        // each row with its sort value, read in the same statement: the next cursor holds the last one's
        TypedQuery<Object[]> page = em.createQuery("select e, " + jpql.sortPath() + " from " + entity + " e" + fetches() + jpql.where()
                + jpql.orderBy(), Object[].class).setMaxResults(request.size() + 1);
        try {
            jpql.parameters().forEach(page::setParameter);
        } catch (IllegalArgumentException wrongType) {
            // a cursor made up with a value of another type than the sort's
            throw io.labwatch.domain.listing.Cursor.notGiven();
        }
        Page<Object[]> rows = Page.ofOneMore(page.getResultList(), request.size(),
                last -> io.labwatch.domain.listing.Cursor.after(jpql.sort(), last[1], ((TrackedEntity) last[0]).id).encode());
        @SuppressWarnings("unchecked")
        List<E> entities = rows.items().stream().map(row -> (E) row[0]).toList();
        return rows.withItems(records(entities));
    }

    /** Entities as their records, with their successors and citations: two statements for the lot. */
    private List<R> records(List<E> entities) {
        loadSuccessors(entities);
        Map<Long, List<CitationRecord>> cited = citationsFor(entities);
        return entities.stream().map(e -> toRecord(e, cited.getOrDefault(e.id, List.of()))).toList();
    }

    /**
     * Every stored row in export order (by id), with citations, handed to {@code sink} in chunks of {@code chunk}: two
     * statements per chunk, and the persistence context is cleared after each so that memory stays flat.
     */
    public void forEach(int chunk, Consumer<R> sink) {
        long after = 0;
        while (true) {
            List<E> entities = em.createQuery("select e from " + type().getSimpleName() + " e" + fetches() + " where e.id > :after order by e.id",
                    type()).setParameter("after", after).setMaxResults(chunk).getResultList();
            if (entities.isEmpty()) {
                return;
            }
            records(entities).forEach(sink);
            after = entities.get(entities.size() - 1).id;
            em.clear();
        }
    }

    private R get(E stored) {
        return toRecord(stored, citationsFor(List.of(stored)).getOrDefault(stored.id, List.of()));
    }

    /** The citations of the given facts, by fact id, in one statement. */
    protected Map<Long, List<CitationRecord>> citationsFor(List<E> entities) {
        Map<Long, List<CitationRecord>> byFact = new LinkedHashMap<>();
        if (citationAttribute() != null && !entities.isEmpty()) {
            citationLookup.forFacts(citationAttribute(), entities.stream().map(e -> e.id).toList())
                    .forEach((id, cited) -> byFact.put(id, cited.stream().map(c -> new CitationRecord(c.source.slug, c.note)).toList()));
        }
        return byFact;
    }

    /**
     * With reference problems, also lists the draft's own problems (so one answer names every field at fault),
     * leaving out those on a field whose reference already failed.
     */
    private void failOn(List<FieldError> referenceErrors, E draft, Long currentId) {
        if (referenceErrors.isEmpty()) {
            return;
        }
        java.util.Set<String> named = new java.util.HashSet<>();
        referenceErrors.forEach(e -> named.add(e.field()));
        List<FieldError> all = new ArrayList<>(referenceErrors);
        service().problems(draft, currentId).stream().filter(e -> !named.contains(e.field())).forEach(all::add);
        throw new InvalidInputException(all);
    }

    /** A filter value that must be the slug of a stored Lab, Person or Source. */
    protected java.util.function.Function<String, Object> knownSlug(String entity) {
        return raw -> {
            Long n = em.createQuery("select count(x) from " + entity + " x where x.slug = :slug", Long.class)
                    .setParameter("slug", raw).getSingleResult();
            if (n == 0) {
                throw new IllegalArgumentException("no " + entity.toLowerCase(java.util.Locale.ROOT) + " with slug '" + raw + "'");
            }
            return raw;
        };
    }

    /** Parses a fact id from a URL segment; a non-number names no fact. */
    protected static long id(String key, String entity) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw new io.labwatch.domain.shared.NotFoundException(entity, key);
        }
    }
}

package io.labwatch.domain.shared;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Hibernate;
import org.hibernate.exception.ConstraintViolationException;

/**
 * The one write path for an entity type: validate (Bean Validation plus the type's own rules), check the
 * caller's version, write, and flush inside the transaction so that database refusals surface here as
 * domain exceptions rather than at commit. Subclasses are transactional beans.
 */
public abstract class EntityService<T extends TrackedEntity> {

    @Inject
    protected EntityManager em;

    @Inject
    Validator validator;

    @Inject
    protected AuditTrail audit;

    @Inject
    Event<FactChanged> changes;

    @Inject
    ConstraintLookup constraints;

    /** The name readers see in messages: "Lab", "Funding round" (the entity's class name in words). */
    public String entityName() {
        String words = entityType().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The entity class this service writes, as its declaration names it ({@code extends EntityService<Hire>}). */
    public Class<T> entityType() {
        return TypeArguments.of(getClass(), EntityService.class, 0);
    }

    /** The stored entity with this id, or a 404 naming it. */
    public T get(long id) {
        T found = em.find(entityType(), id);
        if (found == null) {
            throw new NotFoundException(entityName(), id);
        }
        return found;
    }

    /** The stored entity with this slug, for a type addressed by slug (labs, people, sources, data centers, cases, ...). */
    public Optional<T> find(String slug) {
        return em.createQuery("select x from " + entityType().getSimpleName() + " x where x.slug = :slug", entityType())
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    /** The stored entity with this slug, or a 404 naming it. */
    public T get(String slug) {
        return find(slug).orElseThrow(() -> new NotFoundException(entityName(), slug));
    }

    /**
     * The entity a record names by slug in {@code field}, or an error on that field ("no data center with slug 'x'");
     * none when the record names none.
     */
    public T named(String field, String slug, boolean required, List<FieldError> errors) {
        if (slug == null || slug.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        return find(slug.trim()).orElseGet(() -> {
            errors.add(new FieldError(field, "no " + entityName().toLowerCase(java.util.Locale.ROOT) + " with slug '" + slug.trim() + "'"));
            return null;
        });
    }

    /** A slug another row of this type already has is a duplicate, named so (the unique index would say it less clearly). */
    protected void requireUniqueSlug(String slug, Long currentId) {
        if (slug != null && em.createQuery("select count(x) from " + entityType().getSimpleName() + " x where x.slug = :slug and x.id <> :id",
                Long.class).setParameter("slug", slug).setParameter("id", currentId == null ? -1L : currentId).getSingleResult() > 0) {
            throw new DuplicateException(entityName(), entityType(), List.of("slug"), slug);
        }
    }

    /** How messages name one entity: its slug, or its id. */
    protected Object key(T entity) {
        return entity.id;
    }

    /**
     * Copies the editable fields of a validated draft onto the managed entity: every public field of the entity's own
     * classes; a fact then keeps only the lifecycle details its status has ({@link DatedFact#settleLifecycle()}).
     */
    protected void copy(T draft, T target) {
        EntityFields.copy(draft, target, TrackedEntity.class);
        if (target instanceof DatedFact fact) {
            fact.settleLifecycle();
        }
    }

    /** Rules beyond Bean Validation; {@code currentId} is null on create. May throw {@link DuplicateException}. */
    protected void checkRules(T draft, Long currentId, List<FieldError> errors) {
    }

    /** Why the entity cannot be deleted (facts still refer to it), if anything. */
    protected Optional<String> blockingReferences(T entity) {
        return Optional.empty();
    }

    public T create(T draft) {
        validate(draft, null);
        // With identity keys the INSERT runs at persist, so database refusals can surface here as well as at flush.
        try {
            em.persist(draft);
        } catch (PersistenceException e) {
            throw translate(e, draft);
        }
        flush(draft);
        Map<String, Object> after = audit.snapshot(draft);
        audit.record("CREATE", draft, key(draft), null, after);
        changes.fire(new FactChanged("CREATE", draft, after));
        return draft;
    }

    public T update(T entity, long expectedVersion, T draft) {
        return update(entity, expectedVersion, draft, "UPDATE");
    }

    /** An update recorded in the history as {@code action} (UPDATE, or RESTORE when it brings back earlier values). */
    public T update(T entity, long expectedVersion, T draft, String action) {
        T current = managed(entity);
        requireVersion(current, expectedVersion);
        validate(draft, current.id);
        Map<String, Object> before = audit.snapshot(current);
        copy(draft, current);
        flush(current);
        Map<String, Object> after = audit.snapshot(current);
        audit.record(action, current, key(current), before, after);
        changes.fire(new FactChanged(action, current, after));
        return current;
    }

    public void delete(T entity, long expectedVersion) {
        T current = managed(entity);
        requireVersion(current, expectedVersion);
        if (current instanceof DatedFact) {
            // a fact that supersedes others stays while they name it: their status is changed first
            Number predecessors = (Number) em.createNativeQuery("select count(*) from fact where superseded_by_id = :id")
                    .setParameter("id", current.id).getSingleResult();
            if (predecessors.longValue() > 0) {
                throw new InUseException(entityName(), key(current), predecessors + (predecessors.longValue() == 1 ? " fact names" : " facts name")
                        + " it as the fact that superseded them; change their status first");
            }
        }
        blockingReferences(current).ifPresent(reason -> {
            throw new InUseException(entityName(), key(current), reason);
        });
        Map<String, Object> before = audit.snapshot(current);
        em.remove(current);
        flush(current);
        audit.record("DELETE", current, key(current), before, null);
        changes.fire(new FactChanged("DELETE", current, before));
    }

    /** The entity as this transaction sees it, so that edits of a detached copy are neither lost nor blind. */
    @SuppressWarnings("unchecked")
    private T managed(T entity) {
        if (em.contains(entity)) {
            return entity;
        }
        T current = (T) em.find(Hibernate.getClass(entity), entity.id);
        if (current == null) {
            throw new NotFoundException(entityName(), key(entity));
        }
        return current;
    }

    protected void requireVersion(T current, long expectedVersion) {
        if (current.version != expectedVersion) {
            throw new StaleVersionException(entityName(), key(current), expectedVersion, current.version);
        }
    }

    protected void validate(T draft, Long currentId) {
        List<FieldError> errors = problems(draft, currentId);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Every problem with a draft (Bean Validation and the type's rules), sorted by field; empty when valid. */
    public List<FieldError> problems(T draft, Long currentId) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<T> violation : validator.validate(draft)) {
            errors.add(new FieldError(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        checkValues(draft, errors);
        if (errors.stream().noneMatch(e -> e.message().equals(TextRules.CONTROL))) {
            // Rules may query the database, which refuses some of the values checkValues reports (NUL).
            checkRules(draft, currentId, errors);
            if (draft instanceof DatedFact fact) {
                FactRules.check(fact, currentId, em, errors);
            }
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        return errors;
    }

    /**
     * Rules for every text and date field: only characters that feeds and PDFs can carry ({@link TextRules}), and
     * dates within the years Labwatch covers.
     */
    private static void checkValues(Object draft, List<FieldError> errors) {
        EntityFields.of(draft, Object.class).forEach((field, value) -> {
            if (value instanceof String text) {
                TextRules.check(field, text, errors);
            } else if (value instanceof java.time.LocalDate date && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
                errors.add(new FieldError(field, "must be between " + EARLIEST + " and " + LATEST));
            }
        });
    }

    /** The range of dates a fact may carry: wide enough for history and plans, narrow enough to catch typos. */
    public static final java.time.LocalDate EARLIEST = java.time.LocalDate.of(1800, 1, 1);
    public static final java.time.LocalDate LATEST = java.time.LocalDate.of(2200, 12, 31);

    private void flush(T entity) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException(entityName(), key(entity), entity.version, entity.version + 1);
        } catch (PersistenceException e) {
            throw translate(e, entity);
        }
    }

    /** What the constraint covers; nothing when that cannot be looked up (the pool exhausted), which only costs words. */
    private ConstraintLookup.Covered covered(T entity, ConstraintViolationException violation) {
        try {
            return constraints.covered(entity, String.valueOf(violation.getConstraintName()),
                    violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE);
        } catch (RuntimeException lookupFailed) {
            return new ConstraintLookup.Covered(List.of(), Optional.empty());
        }
    }

    /**
     * Turns a constraint the database enforced (a natural key no check above covers, or a race) into a domain error
     * that names the entity's fields and, for a unique key, the record holding it; never the constraint's name.
     */
    @SuppressWarnings("unchecked")
    private RuntimeException translate(PersistenceException e, T entity) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation) {
                ConstraintLookup.Covered covered = covered(entity, violation);
                return switch (violation.getKind()) {
                    case UNIQUE -> new DuplicateException(entityName(), Hibernate.getClass(entity), covered.fields(),
                            covered.holder().map(holder -> key((T) holder)).orElse(null));
                    case FOREIGN_KEY -> new InUseException(entityName(), key(entity),
                            "other records refer to it, or it refers to one that is gone");
                    default -> covered.fields().isEmpty() ? InvalidInputException.of("", "is refused by a rule of the database")
                            : new InvalidInputException(covered.fields().stream()
                                    .map(field -> new FieldError(field, "does not fit the other values (a rule of the database)")).toList());
                };
            }
        }
        return e;
    }
}

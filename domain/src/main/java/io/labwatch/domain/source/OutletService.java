package io.labwatch.domain.source;

import io.labwatch.domain.shared.DuplicateException;
import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.References;
import io.labwatch.domain.shared.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Outlets, and the grade of their sources: a source without a reliability of its own has its outlet's, so a change of
 * the outlet's reliability regrades those sources in the same transaction.
 */
@ApplicationScoped
@Transactional
public class OutletService extends EntityService<Outlet> {

    @Inject
    References references;

    @Inject
    io.labwatch.domain.shared.BatchWrites batches;

    /** The outlet a source names, by its name or one of its aliases (case aside); made, ungraded, when there is none. */
    public Outlet named(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        Optional<Outlet> known = batches.remembered(Outlet.class, wanted, () -> em.createQuery("select o from Outlet o where lower(o.name) = :name"
                        + " or lower(o.aliases) like :alias", Outlet.class)
                .setParameter("name", wanted).setParameter("alias", io.labwatch.domain.shared.Aliases.containing(wanted)).getResultList()
                .stream().filter(o -> o.names().contains(wanted)).findFirst());
        return known.orElseGet(() -> {
            Outlet outlet = new Outlet();
            outlet.name = name.trim();
            outlet.slug = freeSlug(Slugs.of(outlet.name));
            return create(outlet);
        });
    }

    private String freeSlug(String base) {
        String slug = base.isEmpty() ? "outlet" : base;
        for (int n = 2; em.createQuery("select count(o) from Outlet o where o.slug = :slug", Long.class).setParameter("slug", slug)
                .getSingleResult() > 0; n++) {
            slug = (base.isEmpty() ? "outlet" : base) + "-" + n;
        }
        return slug;
    }

    @Override
    public Outlet update(Outlet entity, long expectedVersion, Outlet draft, String action) {
        Outlet stored = super.update(entity, expectedVersion, draft, action);
        // the sources that follow their outlet's grade follow it now
        // (a new version and time, so that their ETags and feeds show the change; the outlet's history records it)
        em.createQuery("update Source s set s.grade = :grade, s.version = s.version + 1, s.updatedAt = :now"
                        + " where s.outletRecord = :outlet and s.reliability is null and s.grade <> :grade")
                .setParameter("grade", stored.reliability).setParameter("outlet", stored).setParameter("now", java.time.Instant.now())
                .executeUpdate();
        return stored;
    }

    @Override
    protected Object key(Outlet outlet) {
        return outlet.slug;
    }

    @Override
    protected void checkRules(Outlet draft, Long currentId, List<FieldError> errors) {
        long self = currentId == null ? -1L : currentId;
        requireUniqueSlug(draft.slug, currentId);
        if (draft.name != null) {
            em.createQuery("select o from Outlet o where lower(o.name) = lower(:name) and o.id <> :self", Outlet.class)
                    .setParameter("name", draft.name).setParameter("self", self).getResultStream().findFirst().ifPresent(holder -> {
                        throw new DuplicateException("Outlet", Outlet.class, List.of("name"), holder.slug);
                    });
        }
    }

    @Override
    protected Optional<String> blockingReferences(Outlet outlet) {
        return references.describe(outlet.id, "source.outlet_id");
    }
}

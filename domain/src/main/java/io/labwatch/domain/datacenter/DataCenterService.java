package io.labwatch.domain.datacenter;

import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.NotFoundException;
import io.labwatch.domain.shared.TrackedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Creates, edits and deletes data centers; one that compute deals point at stays until they no longer do. */
@ApplicationScoped
@Transactional
public class DataCenterService extends EntityService<DataCenter> {

    public DataCenter get(String slug) {
        return find(slug).orElseThrow(() -> new NotFoundException("Data center", slug));
    }

    public Optional<DataCenter> find(String slug) {
        return em.createQuery("select d from DataCenter d where d.slug = :slug", DataCenter.class).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    /** The data center a record names by slug, or an error on {@code field}; none when the record names none. */
    public DataCenter named(String field, String slug, boolean required, List<FieldError> errors) {
        if (slug == null || slug.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        return find(slug.trim()).orElseGet(() -> {
            errors.add(new FieldError(field, "no data center with slug '" + slug.trim() + "'"));
            return null;
        });
    }

    @Override
    protected Object key(DataCenter center) {
        return center.slug;
    }

    @Override
    protected void checkRules(DataCenter draft, Long currentId, List<FieldError> errors) {
        requireUniqueSlug(draft.slug, currentId);
        if (TrackedEntity.same(draft.operator, draft.owner)) {
            errors.add(new FieldError("owner", "leave it out when the operator owns it"));
        }
    }

    @Override
    protected Optional<String> blockingReferences(DataCenter center) {
        Long deals = em.createQuery("select count(c) from ComputeDeal c where c.dataCenter = :d", Long.class).setParameter("d", center)
                .getSingleResult();
        Long reports = em.createQuery("select count(r) from CapacityReport r where r.dataCenter = :d", Long.class).setParameter("d", center)
                .getSingleResult();
        List<String> uses = new java.util.ArrayList<>();
        if (deals > 0) {
            uses.add(deals + (deals == 1 ? " compute deal points" : " compute deals point") + " at it");
        }
        if (reports > 0) {
            uses.add(reports + (reports == 1 ? " capacity report describes" : " capacity reports describe") + " it");
        }
        return uses.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", uses));
    }
}

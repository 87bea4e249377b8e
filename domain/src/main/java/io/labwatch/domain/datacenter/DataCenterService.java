package io.labwatch.domain.datacenter;

import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.TrackedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Creates, edits and deletes data centers; one that compute deals point at stays until they no longer do. */
@ApplicationScoped
@Transactional
public class DataCenterService extends EntityService<DataCenter> {

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
        Long partnerships = em.createQuery("select count(p) from Partnership p where p.dataCenter = :d", Long.class).setParameter("d", center)
                .getSingleResult();
        List<String> uses = new java.util.ArrayList<>();
        if (deals > 0) {
            uses.add(deals + (deals == 1 ? " compute deal points" : " compute deals point") + " at it");
        }
        if (partnerships > 0) {
            uses.add(partnerships + (partnerships == 1 ? " partnership points" : " partnerships point") + " at it");
        }
        if (reports > 0) {
            uses.add(reports + (reports == 1 ? " capacity report describes" : " capacity reports describe") + " it");
        }
        return uses.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", uses));
    }
}

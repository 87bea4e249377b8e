package io.labwatch.domain.acquisition;

import io.labwatch.domain.figures.Ranges;
import io.labwatch.domain.shared.DateRules;
import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.TrackedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Records acquisitions: nobody buys itself, a deal closes on or after its announcement, and only a closed deal has a closing day. */
@ApplicationScoped
@Transactional
public class AcquisitionService extends EntityService<Acquisition> {

    @Override
    protected void checkRules(Acquisition draft, Long currentId, List<FieldError> errors) {
        if (TrackedEntity.same(draft.acquirer, draft.target)) {
            errors.add(new FieldError("target", "must differ from the acquirer"));
        }
        DateRules.notBefore("closedOn", draft.closedOn, "announcedOn", draft.announcedOn, errors);
        if (draft.closedOn != null && draft.dealStatus != null && draft.dealStatus != AcquisitionStatus.CLOSED) {
            errors.add(new FieldError("closedOn", "is only for a closed deal (this one is " + draft.dealStatus.name().toLowerCase(java.util.Locale.ROOT) + ")"));
        }
        if (draft.price != null && draft.price.signum() == 0) {
            errors.add(new FieldError("price", "must be more than zero (leave it out when unknown)"));
        }
        Ranges.checkMoney("price", draft.price, draft.priceLow, draft.priceHigh, errors);
    }

    @Override
    protected java.util.Optional<String> blockingReferences(Acquisition acquisition) {
        long people = em.createQuery("select count(h) from Hire h where h.acquisition = :a", Long.class).setParameter("a", acquisition)
                .getSingleResult();
        return people == 0 ? java.util.Optional.empty()
                : java.util.Optional.of(people + (people == 1 ? " talent move names" : " talent moves name") + " it as the acquisition the person moved with");
    }
}

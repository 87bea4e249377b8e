package io.labwatch.domain.compute;

import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.TrackedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Records compute deals between a buyer and a provider. */
@ApplicationScoped
@Transactional
public class ComputeDealService extends EntityService<ComputeDeal> {

    @Override
    protected void checkRules(ComputeDeal draft, Long currentId, List<FieldError> errors) {
        if (TrackedEntity.same(draft.buyer, draft.provider)) {
            errors.add(new FieldError("provider", "must differ from buyer"));
        }
    }
}

package io.labwatch.domain.partnership;

import io.labwatch.domain.figures.Ranges;
import io.labwatch.domain.shared.DateRules;
import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.TrackedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Records partnerships: two different parties, a term that ends after it starts, a committed value above zero. */
@ApplicationScoped
@Transactional
public class PartnershipService extends EntityService<Partnership> {

    @Override
    protected void checkRules(Partnership draft, Long currentId, List<FieldError> errors) {
        if (TrackedEntity.same(draft.lab, draft.partner)) {
            errors.add(new FieldError("partner", "must differ from the lab"));
        }
        DateRules.notBefore("endsOn", draft.endsOn, "startsOn", draft.startsOn, errors);
        if (draft.committedValue != null && draft.committedValue.signum() == 0) {
            errors.add(new FieldError("committedValue", "must be more than zero (leave it out when unknown)"));
        }
        Ranges.checkMoney("committedValue", draft.committedValue, draft.committedValueLow, draft.committedValueHigh, errors);
    }
}

package io.labwatch.domain.funding;

import io.labwatch.domain.figures.Ranges;
import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.TrackedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Records valuations; a valuation tied to a round must be of the same lab. */
@ApplicationScoped
@Transactional
public class ValuationService extends EntityService<Valuation> {

    @Override
    protected void checkRules(Valuation draft, Long currentId, List<FieldError> errors) {
        if (draft.fundingRound != null && draft.lab != null && !TrackedEntity.same(draft.fundingRound.lab, draft.lab)) {
            errors.add(new FieldError("round", "belongs to another lab"));
        }
        if (draft.value != null && draft.value.signum() == 0) {
            errors.add(new FieldError("value", "must be more than zero: a valuation of nothing is not a valuation"));
        }
        Ranges.checkMoney("value", draft.value, draft.valueLow, draft.valueHigh, errors);
    }
}

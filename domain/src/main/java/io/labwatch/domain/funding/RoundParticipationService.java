package io.labwatch.domain.funding;

import io.labwatch.domain.figures.Money;
import io.labwatch.domain.figures.Ranges;
import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.TrackedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Records participations: a lab does not invest in its own round, and no investor put in more than the round raised. */
@ApplicationScoped
@Transactional
public class RoundParticipationService extends EntityService<RoundParticipation> {

    @Override
    protected void checkRules(RoundParticipation draft, Long currentId, List<FieldError> errors) {
        if (draft.round != null && TrackedEntity.same(draft.investor, draft.round.lab)) {
            errors.add(new FieldError("investor", "must differ from the lab that raised the round"));
        }
        if (draft.amount != null && draft.amount.signum() == 0) {
            errors.add(new FieldError("amount", "must be more than zero (leave it out when unknown)"));
        } else if (draft.amount != null && draft.round != null && draft.round.amountRaised != null
                && draft.round.inUsd(draft.round.amountRaised).compareTo(draft.inUsd(draft.amount)) < 0) {
            errors.add(new FieldError("amount", "must not exceed the round's amount raised ("
                    + Money.compact(draft.round.amountRaised, draft.round.currency) + ")"));
        }
        Ranges.checkMoney("amount", draft.amount, draft.amountLow, draft.amountHigh, errors);
    }
}

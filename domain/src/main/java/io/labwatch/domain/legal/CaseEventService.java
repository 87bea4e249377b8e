package io.labwatch.domain.legal;

import io.labwatch.domain.figures.Ranges;
import io.labwatch.domain.shared.DateRules;
import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Records events in cases: none before the case was filed or after it closed, and an award is more than zero and in order. */
@ApplicationScoped
@Transactional
public class CaseEventService extends EntityService<CaseEvent> {

    @Override
    protected void checkRules(CaseEvent draft, Long currentId, List<FieldError> errors) {
        if (draft.legalCase != null) {
            DateRules.notBefore("eventOn", draft.eventOn, "the case's filing day (" + draft.legalCase.filedOn + ")", draft.legalCase.filedOn, errors);
            if (draft.eventOn != null && draft.legalCase.closedOn != null && draft.eventOn.isAfter(draft.legalCase.closedOn)
                    && draft.type != CaseEventType.APPEAL) {
                errors.add(new FieldError("eventOn", "must be on or before the case's closing day (" + draft.legalCase.closedOn
                        + "); an appeal may come later"));
            }
        }
        if (draft.amountAwarded != null && draft.amountAwarded.signum() == 0) {
            errors.add(new FieldError("amountAwarded", "must be more than zero (leave it out when nothing was awarded)"));
        }
        Ranges.checkMoney("amountAwarded", draft.amountAwarded, draft.amountAwardedLow, draft.amountAwardedHigh, errors);
    }
}

package io.labwatch.domain.legal;

import io.labwatch.domain.figures.Ranges;
import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Records parties to cases: a party is a lab or a person, not both, and an amount claimed is more than zero and in order. */
@ApplicationScoped
@Transactional
public class CasePartyService extends EntityService<CaseParty> {

    @Override
    protected void checkRules(CaseParty draft, Long currentId, List<FieldError> errors) {
        if (draft.lab == null && draft.person == null) {
            errors.add(new FieldError("lab", "give the party: a lab (organisation) or a person"));
        } else if (draft.lab != null && draft.person != null) {
            errors.add(new FieldError("person", "give one party per row: a lab or a person, not both"));
        }
        if (draft.amountClaimed != null && draft.amountClaimed.signum() == 0) {
            errors.add(new FieldError("amountClaimed", "must be more than zero (leave it out when unknown)"));
        }
        Ranges.checkMoney("amountClaimed", draft.amountClaimed, draft.amountClaimedLow, draft.amountClaimedHigh, errors);
    }
}

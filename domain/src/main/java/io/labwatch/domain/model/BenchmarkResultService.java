package io.labwatch.domain.model;

import io.labwatch.domain.shared.DateRules;
import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Records benchmark results: a model is scored once it is released, and only a third party's run names who ran it. */
@ApplicationScoped
@Transactional
public class BenchmarkResultService extends EntityService<BenchmarkResult> {

    @Override
    protected void checkRules(BenchmarkResult draft, Long currentId, List<FieldError> errors) {
        if (draft.model != null) {
            DateRules.notBefore("measuredOn", draft.measuredOn, "the model's releasedOn", draft.model.releasedOn, errors);
        }
        if (draft.verification == Verification.SELF_REPORTED && draft.verifiedBy != null) {
            errors.add(new FieldError("verifiedBy", "is only for a score a third party ran (verification THIRD_PARTY)"));
        }
    }
}

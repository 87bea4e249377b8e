package io.labwatch.domain.model;

import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;

/** Records model releases; a range's ends are in order and hold the point, an estimate says how it was made. */
@ApplicationScoped
@Transactional
public class ModelReleaseService extends EntityService<ModelRelease> {

    public ModelRelease get(long id) {
        ModelRelease release = em.find(ModelRelease.class, id);
        if (release == null) {
            throw new NotFoundException("Model release", id);
        }
        return release;
    }

    @Override
    protected String entityName() {
        return "Model release";
    }

    @Override
    protected void copy(ModelRelease draft, ModelRelease target) {
        target.updateFrom(draft);
    }

    @Override
    protected void checkRules(ModelRelease draft, Long currentId, List<FieldError> errors) {
        range("parameters", draft.parameters, draft.parametersLow, draft.parametersHigh, errors);
        range("trainingFlop", draft.trainingFlop, draft.trainingFlopLow, draft.trainingFlopHigh, errors);
        if (draft.estimated && (draft.estimateMethod == null || draft.estimateMethod.isBlank())) {
            errors.add(new FieldError("estimateMethod", "an estimate says how it was made"));
        }
    }

    /** low ≤ point ≤ high, for those given. */
    static void range(String field, BigDecimal point, BigDecimal low, BigDecimal high, List<FieldError> errors) {
        if (low != null && high != null && low.compareTo(high) > 0) {
            errors.add(new FieldError(field + "High", "must be at least " + field + "Low"));
        } else if (point != null && low != null && point.compareTo(low) < 0) {
            errors.add(new FieldError(field, "must be at least " + field + "Low"));
        } else if (point != null && high != null && point.compareTo(high) > 0) {
            errors.add(new FieldError(field, "must be at most " + field + "High"));
        }
    }
}

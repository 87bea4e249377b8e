package io.labwatch.domain.finance;

import io.labwatch.domain.figures.Ranges;
import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Records revenue and other business figures. */
@ApplicationScoped
@Transactional
public class FinancialMetricService extends EntityService<FinancialMetric> {

    @Inject
    FinancialMetricRepository repository;

    public FinancialMetric get(long id) {
        return repository.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Financial metric", id));
    }

    @Override
    protected String entityName() {
        return "Financial metric";
    }

    @Override
    protected void copy(FinancialMetric draft, FinancialMetric target) {
        target.updateFrom(draft);
    }

    @Override
    protected void checkRules(FinancialMetric draft, Long currentId, List<FieldError> errors) {
        if (draft.metric != null && draft.value != null && draft.metric != MetricKind.OPERATING_LOSS && draft.value.signum() < 0) {
            errors.add(new FieldError("value", "must not be negative for " + draft.metric));
        }
        Ranges.checkMoney("value", draft.value, draft.valueLow, draft.valueHigh, errors);
    }
}

package io.labwatch.domain.finance;

import io.labwatch.domain.figures.Ranges;
import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Records revenue and other business figures. */
@ApplicationScoped
@Transactional
public class FinancialMetricService extends EntityService<FinancialMetric> {

    @Override
    protected void checkRules(FinancialMetric draft, Long currentId, List<FieldError> errors) {
        if (draft.metric != null && draft.value != null && draft.metric != MetricKind.OPERATING_LOSS && draft.value.signum() < 0) {
            errors.add(new FieldError("value", "must not be negative for " + draft.metric));
        }
        Ranges.checkMoney("value", draft.value, draft.valueLow, draft.valueHigh, errors);
    }
}

package io.labwatch.domain.datacenter;

import io.labwatch.domain.figures.Ranges;
import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Records capacity reports: each range is in order and holds its point, and a report says at least one figure. */
@ApplicationScoped
@Transactional
public class CapacityReportService extends EntityService<CapacityReport> {

    @Override
    protected void checkRules(CapacityReport draft, Long currentId, List<FieldError> errors) {
        Ranges.check("powerMw", draft.powerMw, draft.powerMwLow, draft.powerMwHigh, errors);
        Ranges.check("h100Equivalents", draft.h100Equivalents, draft.h100EquivalentsLow, draft.h100EquivalentsHigh, errors);
        if (draft.stage != CapacityStage.PLANNED && draft.powerMw == null && draft.powerMwLow == null && draft.powerMwHigh == null
                && draft.accelerators == null && draft.h100Equivalents == null && draft.h100EquivalentsLow == null
                && draft.h100EquivalentsHigh == null) {
            errors.add(new FieldError("powerMw", "give the power, the accelerators or the H100-equivalents (a plan may give none)"));
        }
    }
}

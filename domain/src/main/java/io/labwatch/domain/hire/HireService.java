package io.labwatch.domain.hire;

import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.TrackedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Records talent moves; a move must go somewhere other than where it came from. */
@ApplicationScoped
@Transactional
public class HireService extends EntityService<Hire> {

    @Override
    protected void checkRules(Hire draft, Long currentId, List<FieldError> errors) {
        boolean departure = draft.kind == HireKind.DEPARTED;
        if (draft.toLab == null && !(departure && draft.fromLab != null)) {
            errors.add(new FieldError(departure ? "fromLab" : "toLab",
                    departure ? "a departure needs the lab left" : draft.kind == null ? "is required" : "is required for a " + draft.kind.name().toLowerCase() + " move"));
        }
        if (TrackedEntity.same(draft.fromLab, draft.toLab) && draft.kind != HireKind.PROMOTED) {
            errors.add(new FieldError("toLab", "must differ from the lab moved from (a move within one lab is a promotion)"));
        }
        if (TrackedEntity.same(draft.person, draft.reportsTo)) {
            errors.add(new FieldError("reportsTo", "a person cannot report to themselves"));
        }
    }
}

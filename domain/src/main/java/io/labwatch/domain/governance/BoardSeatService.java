package io.labwatch.domain.governance;

import io.labwatch.domain.shared.DateRules;
import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.TrackedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Records board seats: a seat ends after it begins, and only a seat that ended has a successor or a reason for leaving. */
@ApplicationScoped
@Transactional
public class BoardSeatService extends EntityService<BoardSeat> {

    @Override
    protected void checkRules(BoardSeat draft, Long currentId, List<FieldError> errors) {
        DateRules.notBefore("endedOn", draft.endedOn, "startedOn", draft.startedOn, errors);
        if (draft.endedOn == null && draft.replacedBy != null) {
            errors.add(new FieldError("replacedBy", "is only for a seat that ended: give endedOn too"));
        }
        if (draft.endedOn == null && draft.leavingReason != null && !draft.leavingReason.isBlank()) {
            errors.add(new FieldError("leavingReason", "is only for a seat that ended: give endedOn too"));
        }
        if (TrackedEntity.same(draft.person, draft.replacedBy)) {
            errors.add(new FieldError("replacedBy", "must be someone else than the person who held the seat"));
        }
    }
}

package io.labwatch.domain.watch;

import io.labwatch.domain.shared.DateRules;
import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Records forward-looking watch items and their resolution. */
@ApplicationScoped
@Transactional
public class WatchItemService extends EntityService<WatchItem> {

    @Override
    protected void checkRules(WatchItem draft, Long currentId, List<FieldError> errors) {
        DateRules.notBefore("dueBy", draft.dueBy, "raisedOn", draft.raisedOn, errors);
        if (draft.status == WatchStatus.OPEN && draft.resolvedOn != null) {
            errors.add(new FieldError("resolvedOn", "must be empty while the item is open"));
        }
        if (draft.resolvedBy != null && draft.status != WatchStatus.RESOLVED) {
            errors.add(new FieldError("resolvedBy", "a linked fact resolves the item: its status must be RESOLVED"));
        }
        if (draft.status != null && draft.status != WatchStatus.OPEN && draft.resolvedOn == null) {
            errors.add(new FieldError("resolvedOn", "is required once the item is " + draft.status.name().toLowerCase()));
        }
    }
}

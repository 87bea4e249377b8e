package io.labwatch.domain.safety;

import io.labwatch.domain.shared.DateRules;
import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.TrackedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Records safety frameworks: a version replaces an earlier one of the same lab's same framework, never itself. */
@ApplicationScoped
@Transactional
public class SafetyFrameworkService extends EntityService<SafetyFramework> {

    @Override
    protected void checkRules(SafetyFramework draft, Long currentId, List<FieldError> errors) {
        SafetyFramework previous = draft.previous;
        if (previous == null) {
            return;
        }
        if (currentId != null && currentId.equals(previous.id)) {
            errors.add(new FieldError("previousVersion", "must be another version than this one"));
        } else if (!TrackedEntity.same(previous.lab, draft.lab) || !previous.name.equalsIgnoreCase(String.valueOf(draft.name))) {
            errors.add(new FieldError("previousVersion", "must be a version of the same lab's " + draft.name));
        } else {
            DateRules.notBefore("effectiveOn", draft.effectiveOn, "the previous version's effectiveOn", previous.effectiveOn, errors);
        }
    }

    /** A version stays while a later one names it as the version it replaced. */
    @Override
    protected Optional<String> blockingReferences(SafetyFramework framework) {
        Long later = em.createQuery("select count(s) from SafetyFramework s where s.previous = :f", Long.class).setParameter("f", framework)
                .getSingleResult();
        return later == 0 ? Optional.empty() : Optional.of("a later version replaces it");
    }
}

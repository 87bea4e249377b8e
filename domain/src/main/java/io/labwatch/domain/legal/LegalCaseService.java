package io.labwatch.domain.legal;

import io.labwatch.domain.shared.DateRules;
import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Creates, edits and deletes legal cases: a case closes after it is filed and only once it has ended; one with parties or events stays. */
@ApplicationScoped
@Transactional
public class LegalCaseService extends EntityService<LegalCase> {

    @Override
    protected Object key(LegalCase c) {
        return c.slug;
    }

    @Override
    protected void checkRules(LegalCase draft, Long currentId, List<FieldError> errors) {
        requireUniqueSlug(draft.slug, currentId);
        DateRules.notBefore("closedOn", draft.closedOn, "filedOn", draft.filedOn, errors);
        if (draft.closedOn != null && draft.caseStatus != null && !draft.caseStatus.ended()) {
            errors.add(new FieldError("closedOn", "is only for a case that ended (decided, settled, dismissed or closed)"));
        }
    }

    @Override
    protected Optional<String> blockingReferences(LegalCase c) {
        List<String> uses = new ArrayList<>();
        long parties = em.createQuery("select count(p) from CaseParty p where p.legalCase = :c", Long.class).setParameter("c", c)
                .getSingleResult();
        long events = em.createQuery("select count(e) from CaseEvent e where e.legalCase = :c", Long.class).setParameter("c", c)
                .getSingleResult();
        if (parties > 0) {
            uses.add(parties + (parties == 1 ? " party is" : " parties are") + " recorded in it");
        }
        if (events > 0) {
            uses.add(events + (events == 1 ? " event is" : " events are") + " recorded in it");
        }
        return uses.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", uses));
    }
}

package io.labwatch.domain.lab;

import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.References;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Creates, edits and deletes labs. */
@ApplicationScoped
@Transactional
public class LabService extends EntityService<Lab> {

    @Inject
    References references;

    @Override
    protected Object key(Lab lab) {
        return lab.slug;
    }

    @Override
    protected void checkRules(Lab draft, Long currentId, List<FieldError> errors) {
        requireUniqueSlug(draft.slug, currentId);
    }

    @Override
    protected Optional<String> blockingReferences(Lab lab) {
        return references.describeWithFacts(lab.id, "lab_id", "watch_item.lab_id");
    }
}

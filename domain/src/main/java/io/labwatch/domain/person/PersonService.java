package io.labwatch.domain.person;

import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.References;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Creates, edits and deletes people. */
@ApplicationScoped
@Transactional
public class PersonService extends EntityService<Person> {

    @Inject
    References references;

    @Override
    protected Object key(Person person) {
        return person.slug;
    }

    @Override
    protected void checkRules(Person draft, Long currentId, List<FieldError> errors) {
        requireUniqueSlug(draft.slug, currentId);
    }

    @Override
    protected Optional<String> blockingReferences(Person person) {
        return references.describeWithFacts(person.id, "person_id");
    }
}

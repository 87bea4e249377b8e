package io.labwatch.domain.person;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Queries over {@link Person}. */
@ApplicationScoped
public class PersonRepository implements PanacheRepository<Person> {

    public Optional<Person> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}

package io.labwatch.domain.lab;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Queries over {@link Lab}. */
@ApplicationScoped
public class LabRepository implements PanacheRepository<Lab> {

    public Optional<Lab> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}

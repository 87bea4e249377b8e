package io.labwatch.domain.lab;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Queries over {@link Lab}. */
@ApplicationScoped
public class LabRepository implements PanacheRepository<Lab> {

    public Optional<Lab> findBySlug(String slug) {
        // Something that cannot be a slug names nothing; the database is not asked (it refuses NUL characters).
        if (slug == null || !slug.matches(io.labwatch.domain.shared.Slugs.PATTERN)) {
            return Optional.empty();
        }
        return find("slug", slug).firstResultOptional();
    }
}

package io.labwatch.domain.source;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Queries over {@link Source}. */
@ApplicationScoped
public class SourceRepository implements PanacheRepository<Source> {

    public Optional<Source> findBySlug(String slug) {
        // Something that cannot be a slug names nothing; the database is not asked (it refuses NUL characters).
        if (slug == null || !slug.matches(io.labwatch.domain.shared.Slugs.PATTERN)) {
            return Optional.empty();
        }
        return find("slug", slug).firstResultOptional();
    }
}

package io.labwatch.domain.source;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Queries over {@link Source}. */
@ApplicationScoped
public class SourceRepository implements PanacheRepository<Source> {

    public Optional<Source> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}

package io.labwatch.domain.source;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries over {@link Citation}. */
@ApplicationScoped
public class CitationRepository implements PanacheRepository<Citation> {
}

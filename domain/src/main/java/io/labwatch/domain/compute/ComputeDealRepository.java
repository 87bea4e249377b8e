package io.labwatch.domain.compute;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries over {@link ComputeDeal}. */
@ApplicationScoped
public class ComputeDealRepository implements PanacheRepository<ComputeDeal> {
}

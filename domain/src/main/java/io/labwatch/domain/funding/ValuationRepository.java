package io.labwatch.domain.funding;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries over {@link Valuation}. */
@ApplicationScoped
public class ValuationRepository implements PanacheRepository<Valuation> {
}

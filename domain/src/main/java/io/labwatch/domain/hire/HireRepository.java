package io.labwatch.domain.hire;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries over {@link Hire}. */
@ApplicationScoped
public class HireRepository implements PanacheRepository<Hire> {
}

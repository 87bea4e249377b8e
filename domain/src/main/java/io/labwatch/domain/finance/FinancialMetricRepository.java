package io.labwatch.domain.finance;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries over {@link FinancialMetric}. */
@ApplicationScoped
public class FinancialMetricRepository implements PanacheRepository<FinancialMetric> {
}

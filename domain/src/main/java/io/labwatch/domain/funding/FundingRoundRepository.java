package io.labwatch.domain.funding;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries over {@link FundingRound}. */
@ApplicationScoped
public class FundingRoundRepository implements PanacheRepository<FundingRound> {
}

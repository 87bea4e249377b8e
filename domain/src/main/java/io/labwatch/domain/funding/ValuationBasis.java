package io.labwatch.domain.funding;

/** What a valuation figure rests on. */
public enum ValuationBasis {
    PRIMARY_ROUND,
    SECONDARY_SALE,
    REPORTED_TALKS,
    PUBLIC_MARKET,
    ESTIMATE
}

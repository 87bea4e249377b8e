package io.labwatch.domain.partnership;

/** What an agreement is about. Buying compute is a compute deal, not a partnership. */
public enum PartnershipType {
    CHIPS,
    POWER,
    DISTRIBUTION,
    RESEARCH,
    PRODUCT_INTEGRATION,
    OTHER
}

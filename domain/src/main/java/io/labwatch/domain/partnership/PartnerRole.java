package io.labwatch.domain.partnership;

/** What a party brings to an agreement. */
public enum PartnerRole {
    PROVIDER,
    CUSTOMER,
    DISTRIBUTOR,
    INVESTOR,
    PARTNER
}

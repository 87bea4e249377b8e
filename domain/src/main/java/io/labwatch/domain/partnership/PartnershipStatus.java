package io.labwatch.domain.partnership;

/** Where an agreement stands. */
public enum PartnershipStatus {
    RUMOURED,
    ANNOUNCED,
    ACTIVE,
    ENDED,
    CANCELLED
}

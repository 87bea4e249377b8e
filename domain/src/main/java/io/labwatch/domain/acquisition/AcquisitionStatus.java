package io.labwatch.domain.acquisition;

/** Where a takeover stands: talked about, agreed and announced, completed, or called off. */
public enum AcquisitionStatus {
    RUMOURED,
    ANNOUNCED,
    CLOSED,
    CANCELLED
}

package io.labwatch.domain.datacenter;

/** How far a data center's capacity is from use. */
public enum CapacityStage {
    PLANNED,
    UNDER_CONSTRUCTION,
    OPERATIONAL,
    DECOMMISSIONED
}

package io.labwatch.domain.lab;

/** What sort of organisation a tracked lab is. */
public enum LabKind {
    FRONTIER_LAB,
    AI_STARTUP,
    BIG_TECH,
    COMPUTE_PROVIDER,
    INVESTOR,
    OTHER
}

package io.labwatch.domain.lab;

/** Whether a lab still operates in the open. */
public enum LabStatus {
    ACTIVE,
    STEALTH,
    ACQUIRED,
    DEFUNCT
}

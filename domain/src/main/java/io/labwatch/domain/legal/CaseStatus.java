package io.labwatch.domain.legal;

/** Where a case stands; the last four end it (a decided case may still go on appeal). */
public enum CaseStatus {
    FILED, IN_TRIAL, AWAITING_DECISION, ON_APPEAL, DECIDED, SETTLED, DISMISSED, CLOSED;

    /** Whether a case in this state has a closing day. */
    public boolean ended() {
        return ordinal() >= DECIDED.ordinal();
    }
}

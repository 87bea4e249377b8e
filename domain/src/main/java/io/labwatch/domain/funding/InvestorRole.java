package io.labwatch.domain.funding;

/** An investor's part in a round. */
public enum InvestorRole {
    LEAD,
    PARTICIPANT
}

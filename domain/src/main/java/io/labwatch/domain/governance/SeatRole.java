package io.labwatch.domain.governance;

/** What a person is on a governing body. */
public enum SeatRole {
    CHAIR,
    DIRECTOR,
    OBSERVER,
    MEMBER
}

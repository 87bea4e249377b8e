package io.labwatch.domain.governance;

/** The body a seat is on: a company's board, a nonprofit parent's board, a safety committee, an advisory board. */
public enum GoverningBody {
    BOARD,
    NONPROFIT_BOARD,
    SAFETY_COMMITTEE,
    ADVISORY_BOARD,
    OTHER
}

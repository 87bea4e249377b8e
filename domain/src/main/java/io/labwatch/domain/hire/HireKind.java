package io.labwatch.domain.hire;

/** The kind of talent move. A departure may have no known destination. */
public enum HireKind {
    JOINED,
    DEPARTED,
    FOUNDED,
    PROMOTED
}

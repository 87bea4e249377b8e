package io.labwatch.domain.shared;

/** How sure Labwatch is of a fact: briefs say "reportedly" for anything short of confirmed. */
public enum Certainty {
    RUMOURED,
    REPORTED,
    CONFIRMED
}

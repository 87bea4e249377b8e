package io.labwatch.domain.model;

/** Who stands behind a benchmark score: the lab that made the model, or a third party that ran it. */
public enum Verification {
    SELF_REPORTED,
    THIRD_PARTY
}

package io.labwatch.domain.model;

/** How outsiders can use a released model. */
public enum ModelAccess {
    OPEN_WEIGHTS,
    API,
    PRODUCT_ONLY,
    UNRELEASED
}

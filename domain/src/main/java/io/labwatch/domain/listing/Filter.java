package io.labwatch.domain.listing;

import java.util.function.Function;

/**
 * One filter a list accepts: its query-parameter name, the JPQL condition over the root alias {@code e} with a
 * parameter of the same name, and how a raw value becomes the parameter (throwing IllegalArgumentException
 * with a reader's message when it cannot).
 */
public record Filter(String name, String condition, Function<String, Object> parse) {
}

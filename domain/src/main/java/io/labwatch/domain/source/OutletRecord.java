package io.labwatch.domain.source;

import io.labwatch.domain.exchange.Versioned;

/**
 * An outlet in the exchange format, addressed by slug: its name, other names (semicolon-separated) and the reliability
 * its sources have unless graded themselves (absent: F, cannot be judged).
 */
public record OutletRecord(String slug, String name, String aliases, Reliability reliability, Long version) implements Versioned {
}

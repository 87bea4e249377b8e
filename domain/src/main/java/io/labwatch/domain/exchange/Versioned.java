package io.labwatch.domain.exchange;

/** A record that carries the optimistic-lock version of the row it shows. */
public interface Versioned {
    Long version();
}

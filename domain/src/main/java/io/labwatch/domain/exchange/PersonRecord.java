package io.labwatch.domain.exchange;

/** A person in the exchange format. */
public record PersonRecord(String slug, String name, String bio, String notableRoles, Long version) implements Versioned {
}

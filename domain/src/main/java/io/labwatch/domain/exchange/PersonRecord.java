package io.labwatch.domain.exchange;

/** A person in the exchange format; {@code aliases} are other names, separated by semicolons. */
public record PersonRecord(String slug, String name, String bio, String notableRoles, String aliases, String wikidataId, Long version)
        implements Versioned {
}

package io.labwatch.domain.datacenter;

import io.labwatch.domain.exchange.Versioned;

/**
 * A data center in the exchange format; operator and owner by lab slug (or name, alias, Wikidata id, website).
 * {@code version} is the stored row's optimistic-lock version: ignored on import, required (or given as If-Match) on
 * update.
 */
public record DataCenterRecord(String slug, String name, String operator, String owner, String location, String description, Long version)
        implements Versioned {
}

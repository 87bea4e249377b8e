package io.labwatch.domain.search;

/**
 * One search result: what matched (lab, person, hire, source), its key (slug, or id for a hire), a title,
 * a snippet with the matched words between [[ and ]], and the full-text rank.
 */
public record SearchHit(String kind, String key, String title, String snippet, double rank) {
}

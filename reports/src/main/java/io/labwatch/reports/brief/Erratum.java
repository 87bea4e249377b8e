package io.labwatch.reports.brief;

/**
 * A fact a published brief stated that Labwatch has since set aside or edited: its key, the brief's statement of it,
 * what happened ("superseded by valuation 15", "denied: …", "retracted: …", "deleted", "edited on 6 December 2026"),
 * and the fact's version, so that the same correction is reported once.
 */
public record Erratum(String key, String statement, String change, long version) {
}

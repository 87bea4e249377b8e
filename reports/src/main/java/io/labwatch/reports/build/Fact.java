package io.labwatch.reports.build;

import io.labwatch.domain.shared.Certainty;
import io.labwatch.domain.shared.DatePrecision;
import io.labwatch.domain.source.Citation;
import java.time.LocalDate;
import java.util.List;

/**
 * A fact of the period as a brief states it: a stable key, the sentence (without date or hedging), when it
 * happened, how sure it is, the sources that back it, and its significance score for ranking.
 */
record Fact(String key, String kind, String summary, LocalDate date, DatePrecision precision, Certainty certainty,
        List<Citation> citations, double score) {

    /** "Reportedly, X joined Y on 19 May 2026." — hedged unless confirmed, dated as precisely as known. */
    String sentence() {
        String when = date == null ? "" : " " + precision.inWords(date);
        String text = summary + when + ".";
        return switch (certainty) {
            case CONFIRMED -> text;
            case REPORTED -> "Reportedly, " + text;
            case RUMOURED -> "Unconfirmed: " + text;
        };
    }

    /** "valuation:7": the stable key of a fact, in {@link io.labwatch.reports.brief.Brief.FactKey} and in table rows. */
    static String keyOf(String type, Long id) {
        return type + ":" + id;
    }

    Fact withScore(double newScore) {
        return new Fact(key, kind, summary, date, precision, certainty, citations, newScore);
    }
}

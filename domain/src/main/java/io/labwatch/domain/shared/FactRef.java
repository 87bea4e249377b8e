package io.labwatch.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Locale;
import org.hibernate.annotations.Immutable;

/**
 * A fact of any kind as the {@code fact} table holds it: what citations, watch-item resolutions and timelines point
 * at. Read-only; a fact is written through its kind's entity ({@link DatedFact}).
 */
@Entity
@Immutable
@Table(name = "fact")
public class FactRef {

    @Id
    public Long id;

    /** The kind as stored: HIRE, FUNDING_ROUND, VALUATION, ... */
    public String kind;

    @Column(name = "occurred_on")
    public LocalDate occurredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision")
    public DatePrecision datePrecision;

    @Enumerated(EnumType.STRING)
    public Certainty certainty;

    /** The kind as the API names a fact type: hire, fundingRound, financialMetric. */
    public String typeName() {
        return typeName(kind);
    }

    /** HIRE → hire, FUNDING_ROUND → fundingRound. */
    public static String typeName(String kind) {
        StringBuilder name = new StringBuilder();
        for (String part : kind.toLowerCase(Locale.ROOT).split("_")) {
            name.append(name.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return name.toString();
    }

    /** hire → HIRE, fundingRound → FUNDING_ROUND. */
    public static String kindOf(String typeName) {
        return typeName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}

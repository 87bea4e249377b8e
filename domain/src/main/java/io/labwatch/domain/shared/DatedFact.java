package io.labwatch.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A fact that happened on a date (known to some precision) and is reported with some certainty. Every kind of fact
 * is a row of {@code fact} (these columns, and its kind) plus a row of its kind's own table with the same id; the
 * labs and people a fact involves are kept in {@code fact_party} by the database. Reads go by kind (a query on
 * {@code Hire} joins only {@code hire} and {@code fact}) or by {@link FactRef}, never by this class, which would join
 * every kind's table.
 */
@Entity
@Table(name = "fact")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "kind", length = 30)
public abstract class DatedFact extends TrackedEntity {

    @NotNull
    @Enumerated(EnumType.STRING)
    public Certainty certainty = Certainty.REPORTED;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision")
    public DatePrecision datePrecision = DatePrecision.DAY;

    /** Whether the fact's figures are estimated rather than reported by a party to it; then {@link #estimateMethod} says how. */
    @Column(nullable = false)
    public boolean estimated;

    @jakarta.validation.constraints.Size(max = 1000)
    @Column(name = "estimate_method")
    public String estimateMethod;

    /** The currency of the fact's amounts as reported (ISO 4217); comparisons convert them at {@link #usdRate}. */
    @NotNull
    @jakarta.validation.constraints.Pattern(regexp = "^[A-Z]{3}$", message = "must be a currency code such as USD, EUR or GBP")
    @Column(nullable = false)
    public String currency = "USD";

    /** US dollars per unit of {@link #currency}, on {@link #rateOn}; none for amounts in USD. */
    @jakarta.validation.constraints.Positive
    @jakarta.validation.constraints.Digits(integer = 10, fraction = 10)
    @Column(name = "usd_rate")
    public java.math.BigDecimal usdRate;

    @Column(name = "rate_on")
    public LocalDate rateOn;

    /** Whether the fact holds, or was superseded, denied or retracted ({@link FactStatus}). */
    @NotNull
    @Enumerated(EnumType.STRING)
    public FactStatus status = FactStatus.CURRENT;

    /** Why the fact is not current (required when denied or retracted); kept only while it is not. */
    @jakarta.validation.constraints.Size(max = 2000)
    @Column(name = "status_reason")
    public String statusReason;

    /** The fact that replaced this one, when it is superseded (any kind: a closed round replaces reported talks). */
    @Column(name = "superseded_by_id")
    public Long supersededById;

    /** The fact's place on timelines: the kind's own date ({@link #occurredOn()}), kept in {@code fact} for every kind. */
    @Column(name = "occurred_on", nullable = false)
    LocalDate placedOn;

    /** The date on which the fact took place, as it is placed on a timeline. */
    public abstract LocalDate occurredOn();

    /** The date as a reader should see it ("May 2026" when only the month is known). */
    public String displayDate() {
        return datePrecision.display(occurredOn());
    }

    /** A reason is kept only while the fact is not current, and a successor only while it is superseded. */
    public void settleLifecycle() {
        if (status == FactStatus.CURRENT) {
            statusReason = null;
        }
        if (status != FactStatus.SUPERSEDED) {
            supersededById = null;
        }
    }

    /** An amount of this fact in US dollars, for comparing, summing and sorting; null stays null. */
    public java.math.BigDecimal inUsd(java.math.BigDecimal amount) {
        if (amount == null || currency == null || currency.equals("USD") || usdRate == null) {
            return amount;
        }
        return amount.multiply(usdRate).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public boolean isCurrent() {
        return status == FactStatus.CURRENT;
    }

    @PrePersist
    @PreUpdate
    void placeOnTimeline() {
        placedOn = occurredOn();
    }
}

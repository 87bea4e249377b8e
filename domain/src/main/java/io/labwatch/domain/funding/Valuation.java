package io.labwatch.domain.funding;

import io.labwatch.domain.figures.Amount;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.shared.DatedFact;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What a lab was worth on a date, and on what basis. */
@Entity
@Table(name = "valuation")
@DiscriminatorValue("VALUATION")
public class Valuation extends DatedFact {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lab_id")
    public Lab lab;

    @NotNull
    @Column(name = "as_of")
    public LocalDate asOf;

    @NotNull
    @Amount
    public BigDecimal value;

    /** Where the value is known only within a range (the point, what comparisons use, lies in it). */
    @Amount
    @Column(name = "value_low")
    public BigDecimal valueLow;

    @Amount
    @Column(name = "value_high")
    public BigDecimal valueHigh;

    @NotNull
    @Enumerated(EnumType.STRING)
    public ValuationBasis basis;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "funding_round_id")
    @io.labwatch.domain.shared.RecordField(value = "round", key = "name")
    public FundingRound fundingRound;

    @Size(max = 10_000)
    public String note;

    @Override
    public LocalDate occurredOn() {
        return asOf;
    }
}

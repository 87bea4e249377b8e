package io.labwatch.domain.funding;

import io.labwatch.domain.figures.Amount;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.shared.DatedFact;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A lab's funding round; amounts in US dollars. */
@Entity
@Table(name = "funding_round")
@DiscriminatorValue("FUNDING_ROUND")
public class FundingRound extends DatedFact {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lab_id")
    public Lab lab;

    @NotBlank
    @Size(max = 120)
    public String name;

    @NotNull
    @Column(name = "announced_on")
    public LocalDate announcedOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Amount
    @Column(name = "amount_raised")
    public BigDecimal amountRaised;

    /** Where the amount is known only within a range (the point, if given, lies in it). */
    @Amount
    @Column(name = "amount_raised_low")
    public BigDecimal amountRaisedLow;

    @Amount
    @Column(name = "amount_raised_high")
    public BigDecimal amountRaisedHigh;

    @Amount
    @Column(name = "post_money_valuation")
    public BigDecimal postMoneyValuation;

    @Amount
    @Column(name = "post_money_valuation_low")
    public BigDecimal postMoneyValuationLow;

    @Amount
    @Column(name = "post_money_valuation_high")
    public BigDecimal postMoneyValuationHigh;

    @Size(max = 500)
    @Column(name = "lead_investors")
    public String leadInvestors;

    @Override
    public LocalDate occurredOn() {
        return announcedOn;
    }
}

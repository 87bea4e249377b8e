package io.labwatch.domain.acquisition;

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
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One organisation buys another, or a stake in it: announced (the date it stands on timelines), closed when it
 * completes, with the price where known (a point, a range or both, in the currency reported) and what was paid in.
 */
@Entity
@Table(name = "acquisition")
@DiscriminatorValue("ACQUISITION")
public class Acquisition extends DatedFact {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "acquirer_lab_id")
    public Lab acquirer;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_lab_id")
    public Lab target;

    @NotNull
    @Column(name = "announced_on")
    public LocalDate announcedOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    /** Where the deal stands; named so because a fact's own {@code status} is its lifecycle (current, superseded, ...). */
    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "deal_status")
    public AcquisitionStatus dealStatus = AcquisitionStatus.ANNOUNCED;

    @Amount
    public BigDecimal price;

    @Amount
    @Column(name = "price_low")
    public BigDecimal priceLow;

    @Amount
    @Column(name = "price_high")
    public BigDecimal priceHigh;

    /** What was paid in: "cash", "stock", "cash and stock". */
    @Size(max = 200)
    public String consideration;

    /** The share bought, in percent; none for a whole company bought outright or when unknown. */
    @Positive
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    @Column(name = "stake_percent")
    public BigDecimal stakePercent;

    /** Bought mainly for its people (an acqui-hire). */
    @Column(name = "acqui_hire", nullable = false)
    public boolean acquiHire;

    @Size(max = 10_000)
    public String description;

    @Override
    public LocalDate occurredOn() {
        return announcedOn;
    }
}

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
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An investor's part in a round: who (an organisation Labwatch holds, of kind investor or any other), leading or
 * participating, and the amount where known. It stands on the round's date, and is a fact of both the investor and
 * the lab that raised, so that an investor's profile lists what it backs and briefs can say who backs whom.
 */
@Entity
@Table(name = "round_participation")
@DiscriminatorValue("ROUND_PARTICIPATION")
public class RoundParticipation extends DatedFact {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "funding_round_id")
    public FundingRound round;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "investor_lab_id")
    public Lab investor;

    /** The lab that raised, kept with the participation (set from the round) so that it is a fact of that lab too. */
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lab_id")
    public Lab lab;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "investor_role")
    public InvestorRole role = InvestorRole.PARTICIPANT;

    @Amount
    public BigDecimal amount;

    @Amount
    @Column(name = "amount_low")
    public BigDecimal amountLow;

    @Amount
    @Column(name = "amount_high")
    public BigDecimal amountHigh;

    /** The round's date, kept with the participation for its place on timelines. */
    @NotNull
    @Column(name = "announced_on")
    public LocalDate announcedOn;

    @Override
    public LocalDate occurredOn() {
        return announcedOn;
    }
}

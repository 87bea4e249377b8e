package io.labwatch.domain.funding;

import io.labwatch.domain.figures.PercentChange;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.shared.Certainty;
import io.labwatch.domain.shared.DatePrecision;
import io.labwatch.domain.shared.DatedFact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One point of a lab's valuation history: a valuation record, or a round's post-money valuation where no valuation
 * record stands for that round ({@link ValuationMarks}). It knows the mark before it, of any basis, for the change.
 */
public record ValuationMark(Valuation valuation, FundingRound round, ValuationMark previous) {

    /** The fact the mark rests on: the valuation record, or the round. */
    public DatedFact fact() {
        return valuation != null ? valuation : round;
    }

    /** How citations name the fact's type: "valuation" or "fundingRound". */
    public String citedType() {
        return valuation != null ? "valuation" : "fundingRound";
    }

    public Lab lab() {
        return valuation != null ? valuation.lab : round.lab;
    }

    public LocalDate on() {
        return valuation != null ? valuation.asOf : round.announcedOn;
    }

    public DatePrecision precision() {
        return fact().datePrecision;
    }

    /** In US dollars, whatever currency the fact was reported in: marks are compared with each other. */
    public BigDecimal value() {
        return valuation != null ? valuation.inUsd(valuation.value) : round.inUsd(round.postMoneyValuation);
    }

    /** A round's own mark is its primary round's post-money. */
    public ValuationBasis basis() {
        return valuation != null ? valuation.basis : ValuationBasis.PRIMARY_ROUND;
    }

    public Certainty certainty() {
        return fact().certainty;
    }

    /** The round the mark belongs to: the round itself, or the round a valuation record names; null for neither. */
    public FundingRound ofRound() {
        return valuation != null ? valuation.fundingRound : round;
    }

    /** The change from the previous mark, in USD; none without a previous mark. */
    public Optional<BigDecimal> changeAmount() {
        return previous == null || previous.value() == null || value() == null ? Optional.empty() : Optional.of(value().subtract(previous.value()));
    }

    /** The change from the previous mark in percent, by the rule {@link PercentChange} (none from a non-positive mark). */
    public Optional<BigDecimal> changePercent() {
        return previous == null ? Optional.empty() : PercentChange.between(previous.value(), value());
    }

    /** The same mark linked to another mark before it, or to none (where the one before is not known for sure). */
    public ValuationMark withPrevious(ValuationMark before) {
        return new ValuationMark(valuation, round, before);
    }
}

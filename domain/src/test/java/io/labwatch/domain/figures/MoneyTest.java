package io.labwatch.domain.figures;

import static org.assertj.core.api.Assertions.assertThat;

import io.labwatch.domain.funding.FundingRound;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Money in the currency it was reported in, and its value in dollars at the fact's rate. */
class MoneyTest {

    @Test
    void anAmountIsWrittenInItsCurrency() {
        BigDecimal amount = new BigDecimal("500000000");
        assertThat(Money.compact(amount, "USD")).isEqualTo("$500M");
        assertThat(Money.compact(amount, "EUR")).isEqualTo("€500M");
        assertThat(Money.compact(amount, "GBP")).isEqualTo("£500M");
        assertThat(Money.compact(amount, "CHF")).isEqualTo("CHF 500M");
        assertThat(Money.compact(amount.negate(), "EUR")).isEqualTo("-€500M");
        assertThat(Money.compact(null, "EUR")).isEmpty();
    }

    @Test
    void aFactsAmountsAreComparedInDollars() {
        FundingRound round = new FundingRound();
        round.currency = "EUR";
        round.usdRate = new BigDecimal("1.08");
        round.rateOn = LocalDate.of(2037, 5, 1);
        assertThat(round.inUsd(new BigDecimal("500000000"))).isEqualByComparingTo("540000000");
        assertThat(round.inUsd(null)).isNull();
        FundingRound dollars = new FundingRound();
        assertThat(dollars.inUsd(new BigDecimal("7"))).isEqualByComparingTo("7");
    }

    @Test
    void aFactsFigureSaysItsCurrencyItsDollarsAndWhetherItIsEstimated() {
        FundingRound round = new FundingRound();
        round.currency = "EUR";
        round.usdRate = new BigDecimal("1.08");
        BigDecimal amount = new BigDecimal("500000000");
        assertThat(FactFigures.money(round, amount, null, null)).isEqualTo("€500M (≈ $540M)");
        round.estimated = true;
        assertThat(FactFigures.money(round, null, amount, amount.add(amount))).isEqualTo("≈ €500M–1B (≈ $540M–1.1B)");
        assertThat(FactFigures.money(round, null, null, null)).isNull();
    }
}

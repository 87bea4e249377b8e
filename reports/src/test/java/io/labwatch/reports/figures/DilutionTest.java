package io.labwatch.reports.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DilutionTest {

    private static BigDecimal b(long billions) {
        return BigDecimal.valueOf(billions).multiply(BigDecimal.valueOf(1_000_000_000L));
    }

    @Test
    void raisedOverPostMoneyInPercentWithOneDecimal() {
        assertThat(Dilution.percent(b(30), b(900))).contains(new BigDecimal("3.3"));
        assertThat(Dilution.percent(b(2), b(14))).contains(new BigDecimal("14.3"));
    }

    @Test
    void nothingWithoutBothPositiveAmountsOrWhenTheyCannotBothBeRight() {
        assertThat(Dilution.percent(null, b(900))).isEmpty();
        assertThat(Dilution.percent(b(30), null)).isEmpty();
        assertThat(Dilution.percent(BigDecimal.ZERO, b(900))).isEmpty();
        assertThat(Dilution.percent(b(30), BigDecimal.ZERO)).isEmpty();
        assertThat(Dilution.percent(b(30), b(20))).isEmpty();
        assertThat(Dilution.percent(BigDecimal.ONE, b(900))).as("rounds to 0.0%").isEmpty();
    }
}

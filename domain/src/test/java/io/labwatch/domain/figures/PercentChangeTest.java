package io.labwatch.domain.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PercentChangeTest {

    @Test
    void percentChangeNeedsAPositivePreviousFigure() {
        assertThat(PercentChange.between(new BigDecimal("800"), new BigDecimal("900"))).contains(new BigDecimal("12.5"));
        assertThat(PercentChange.between(new BigDecimal("900"), new BigDecimal("800"))).contains(new BigDecimal("-11.1"));
        assertThat(PercentChange.between(BigDecimal.ZERO, new BigDecimal("900"))).isEmpty();
        assertThat(PercentChange.between(new BigDecimal("-5"), new BigDecimal("900"))).isEmpty();
        assertThat(PercentChange.between(null, new BigDecimal("900"))).isEmpty();
        assertThat(PercentChange.words(new BigDecimal("-11.1"))).isEqualTo("down 11.1%");
        assertThat(PercentChange.signed(new BigDecimal("12.5"))).isEqualTo("+12.5%");
        assertThat(PercentChange.words(new BigDecimal("75.0"))).isEqualTo("up 75%");
        assertThat(PercentChange.words(new BigDecimal("0.0"))).isEqualTo("unchanged");
    }}

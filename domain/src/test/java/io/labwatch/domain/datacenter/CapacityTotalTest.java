package io.labwatch.domain.datacenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CapacityTotalTest {

    private static CapacityReport report(Integer mw, Integer low, Integer high, Integer h100, boolean estimated) {
        CapacityReport r = new CapacityReport();
        r.powerMw = mw == null ? null : BigDecimal.valueOf(mw);
        r.powerMwLow = low == null ? null : BigDecimal.valueOf(low);
        r.powerMwHigh = high == null ? null : BigDecimal.valueOf(high);
        r.h100Equivalents = h100 == null ? null : BigDecimal.valueOf(h100);
        r.estimated = estimated;
        r.stage = CapacityStage.OPERATIONAL;
        return r;
    }

    @Test
    void pointsAndRangeEndsAddUpWithThePointStandingInForAMissingEnd() {
        CapacityTotal total = CapacityTotal.of(Arrays.asList(report(150, 120, 180, 100_000, true), report(150, null, null, 120_000, false)));
        assertThat(total.powerMw().point()).isEqualByComparingTo("300");
        assertThat(total.powerMw().low()).isEqualByComparingTo("270");
        assertThat(total.powerMw().high()).isEqualByComparingTo("330");
        assertThat(total.text()).isEqualTo("About 300 (270–330) MW of IT power and 220K H100-equivalents across 2 data centers (includes estimates)");
    }

    @Test
    void anEndOneCenterLeavesOpenIsUnknownAndCentersWithoutFiguresAreCounted() {
        CapacityTotal total = CapacityTotal.of(Arrays.asList(report(null, 100, null, null, false), report(50, null, null, null, false), null));
        assertThat(total.powerMw().point()).as("one center gives no point").isNull();
        assertThat(total.powerMw().low()).isEqualByComparingTo("150");
        assertThat(total.powerMw().high()).as("one center gives no high end").isNull();
        assertThat(total.text()).isEqualTo("At least 150 MW of IT power across 3 data centers (1 reports no figures)");
    }

    @Test
    void noFiguresGiveNoLine() {
        assertThat(CapacityTotal.of(Arrays.asList(null, report(null, null, null, null, false))).text()).isNull();
        assertThat(CapacityTotal.of(java.util.List.of()).text()).isNull();
    }

    @Test
    void onlyOperationalCapacityCountsAndAFigureFewCentersGiveSaysSo() {
        CapacityReport planned = report(1000, null, null, 500_000, false);
        planned.stage = CapacityStage.PLANNED;
        CapacityTotal total = CapacityTotal.of(Arrays.asList(report(150, null, null, 100_000, false), report(null, null, null, 20_000, false),
                planned));
        assertThat(total.powerMw().point()).as("the planned campus adds nothing").isEqualByComparingTo("150");
        assertThat(total.text()).isEqualTo("150 MW of IT power (for 1 of them) and 120K H100-equivalents across 3 data centers (1 not operational)");
    }
}

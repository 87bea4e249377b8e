package io.labwatch.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.labwatch.reports.brief.Chart;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SvgChartsTest {

    @Test
    void ticksAreRoundNumbersFromZeroPastTheTop() {
        assertThat(SvgCharts.niceTicks(900e9)).containsExactly(0, 200e9, 400e9, 600e9, 800e9, 1000e9);
        assertThat(SvgCharts.niceTicks(43)).containsExactly(0, 10, 20, 30, 40, 50);
        assertThat(SvgCharts.niceTicks(3)).containsExactly(0, 1, 2, 3);
        assertThat(SvgCharts.niceTicks(12)).containsExactly(0, 2.5, 5, 7.5, 10, 12.5);
        assertThat(SvgCharts.niceTicks(0)).containsExactly(0, 1);
        assertThat(SvgCharts.niceTicks(Double.NaN)).containsExactly(0, 1);
    }

    @Test
    void datesTickOnMonthQuarterOrYearStartsAtMostSix() {
        assertThat(SvgCharts.dateTicks(LocalDate.parse("2026-01-15"), LocalDate.parse("2026-05-20")))
                .extracting(LocalDate::toString).containsExactly("2026-02-01", "2026-03-01", "2026-04-01", "2026-05-01");
        assertThat(SvgCharts.dateTicks(LocalDate.parse("2015-03-01"), LocalDate.parse("2026-05-20")))
                .extracting(LocalDate::toString).containsExactly("2016-01-01", "2018-01-01", "2020-01-01", "2022-01-01", "2024-01-01", "2026-01-01");
        assertThat(SvgCharts.dateTicks(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-01"))).extracting(LocalDate::toString)
                .containsExactly("2026-05-01");
    }

    @Test
    void eachPointSaysItsValueAndExactnessAndEstimatesAreHollowWithTheirRange() {
        Chart c = new Chart("LINE", "Valuation history of <Lab>", "Two marks.", "Valuation (USD)", List.of(
                new Chart.Point("March 2025", LocalDate.parse("2025-03-01"), BigDecimal.valueOf(8e9), "$8B", null, null, false, false, null, null, List.of(1)),
                new Chart.Point("May 2026", LocalDate.parse("2026-05-01"), BigDecimal.valueOf(14e9), "$14B", BigDecimal.valueOf(12e9),
                        BigDecimal.valueOf(16e9), true, false, "+75.0%", null, List.of(2))));
        String svg = SvgCharts.svg(c, "c1");
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("role=\"img\"", "aria-labelledby=\"c1-title c1-desc\"",
                "<title id=\"c1-title\">Valuation history of &lt;Lab&gt;</title>", "<desc id=\"c1-desc\">Two marks.</desc>",
                "<title>March 2025: $8B</title>", "<title>May 2026: $14B, estimated, between $12B and $16B, +75.0% on the mark before</title>",
                "$14B (+75.0%)", ">$20B<");
        // one filled point, one hollow
        assertThat(svg.split("fill=\"#0b5cad\"/>", -1).length - 1).isEqualTo(1);
        assertThat(svg.split("fill=\"#ffffff\"/>", -1).length - 1).isEqualTo(1);
        assertThat(SvgCharts.svg(new Chart("LINE", "t", "d", "Valuation (USD)", List.of()), "c2")).isEmpty();
    }

    @Test
    void manyPointsAreEachTitledButOnlyTheFirstTheLastAndTheHighestLabelled() {
        List<Chart.Point> points = java.util.stream.IntStream.range(0, 30).mapToObj(i -> new Chart.Point("m" + i,
                LocalDate.parse("2024-01-01").plusMonths(i), BigDecimal.valueOf(i == 10 ? 99e9 : (i + 1) * 1e9), "$v" + i + "B", null, null,
                false, false, null, null, List.of())).toList();
        String svg = SvgCharts.svg(new Chart("LINE", "t", "d", "Valuation (USD)", points), "c");
        assertThat(svg.split("<title>m", -1).length - 1).isEqualTo(30);
        assertThat(svg).contains(">$v0B<", ">$v10B<", ">$v29B<").doesNotContain(">$v5B<", ">$v20B<");
    }
}

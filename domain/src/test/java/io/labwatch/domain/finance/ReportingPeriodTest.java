package io.labwatch.domain.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    @Test
    void everyFormOfPeriodHasItsDatesAndLength() {
        assertThat(ReportingPeriod.parse("2026-Q2")).get().satisfies(p -> {
            assertThat(p.start()).isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(p.end()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(p.months()).isEqualTo(3);
        });
        assertThat(ReportingPeriod.parse("2026-H2").orElseThrow().start()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(ReportingPeriod.parse("2024-02").orElseThrow().end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(ReportingPeriod.parse("2025").orElseThrow().months()).isEqualTo(12);
        assertThat(ReportingPeriod.parse("2026-Q2").orElseThrow().contains(LocalDate.of(2026, 5, 29))).isTrue();
    }

    @Test
    void oddLabelsAreNoPeriod() {
        for (String odd : new String[] {null, "", "Q2 2026", "2026-Q5", "2026-13", "2026-H3", "twenty"}) {
            assertThat(ReportingPeriod.parse(odd)).as(String.valueOf(odd)).isEmpty();
        }
    }
}

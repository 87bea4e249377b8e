package io.labwatch.reports.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundCadenceTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void gapsInWholeMonthsTheirMedianAndTheTimeSinceTheLastRound() {
        var c = RoundCadence.of(List.of(d("2024-01-15"), d("2023-01-15"), d("2024-09-15"), d("2025-01-15")), d("2026-03-20")).orElseThrow();

        assertThat(c.gaps()).containsExactly(12L, 8L, 4L);
        assertThat(c.median()).isEqualTo(8);
        assertThat(c.lastGap()).isEqualTo(4);
        assertThat(c.rounds()).isEqualTo(4);
        assertThat(c.last()).isEqualTo(d("2025-01-15"));
        assertThat(c.sinceLast()).isEqualTo(14);
        assertThat(c.overdue()).isTrue();
    }

    @Test
    void anEvenNumberOfGapsTakesTheMeanOfTheMiddleTwoRoundedHalfUp() {
        assertThat(RoundCadence.median(List.of(3L, 4L))).isEqualTo(4);
        assertThat(RoundCadence.median(List.of(2L, 10L, 4L, 6L))).isEqualTo(5);
    }

    @Test
    void oneRoundOrRoundsOnOneDayHaveNoCadenceAndLaterRoundsAreNotSeen() {
        assertThat(RoundCadence.of(List.of(d("2025-01-01")), d("2026-01-01"))).isEmpty();
        assertThat(RoundCadence.of(List.of(d("2025-01-01"), d("2025-01-01")), d("2026-01-01"))).isEmpty();
        assertThat(RoundCadence.of(List.of(d("2025-01-01"), d("2027-01-01")), d("2026-01-01"))).isEmpty();
        java.util.ArrayList<LocalDate> withNull = new java.util.ArrayList<>(List.of(d("2025-01-01"), d("2025-07-01")));
        withNull.add(null);
        assertThat(RoundCadence.of(withNull, d("2025-08-01")).orElseThrow().overdue()).isFalse();
    }
}

package io.labwatch.domain.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CadenceTest {

    @Test
    void aWeeklyRunOnMondayCoversTheWeekBeforeAndTheNextRunIsTheNextMondayAtSix() {
        // 7 December 2026 is a Monday
        assertThat(Cadence.WEEKLY.period(LocalDate.parse("2026-12-07")))
                .isEqualTo(new Cadence.Period(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-06")));
        // a late run (the machine was down on Monday) still covers the last whole week
        assertThat(Cadence.WEEKLY.period(LocalDate.parse("2026-12-09")))
                .isEqualTo(new Cadence.Period(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-06")));
        assertThat(Cadence.WEEKLY.nextRun(Instant.parse("2026-12-06T10:00:00Z"))).isEqualTo(Instant.parse("2026-12-07T06:00:00Z"));
        assertThat(Cadence.WEEKLY.nextRun(Instant.parse("2026-12-07T06:00:00Z"))).isEqualTo(Instant.parse("2026-12-14T06:00:00Z"));
        assertThat(Cadence.WEEKLY.nextRun(Instant.parse("2026-12-07T05:59:59Z"))).isEqualTo(Instant.parse("2026-12-07T06:00:00Z"));
    }

    @Test
    void aMonthlyRunCoversTheMonthBeforeAndTheNextRunIsTheFirstAtSix() {
        assertThat(Cadence.MONTHLY.period(LocalDate.parse("2026-03-01")))
                .isEqualTo(new Cadence.Period(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-28")));
        assertThat(Cadence.MONTHLY.period(LocalDate.parse("2027-01-01")))
                .isEqualTo(new Cadence.Period(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31")));
        assertThat(Cadence.MONTHLY.nextRun(Instant.parse("2026-12-06T10:00:00Z"))).isEqualTo(Instant.parse("2027-01-01T06:00:00Z"));
        assertThat(Cadence.MONTHLY.nextRun(Instant.parse("2026-12-01T05:00:00Z"))).isEqualTo(Instant.parse("2026-12-01T06:00:00Z"));
    }
}

package io.labwatch.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateInputTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-05-29 | 2026-05-29 | DAY",
            "29 May 2026 | 2026-05-29 | DAY",
            "May 29, 2026 | 2026-05-29 | DAY",
            "29th May 2026 | 2026-05-29 | DAY",
            "3 Sep 2025 | 2025-09-03 | DAY",
            "May 2026 | 2026-05-01 | MONTH",
            "may 2026 | 2026-05-01 | MONTH",
            "2026-05 | 2026-05-01 | MONTH",
            "2026 | 2026-01-01 | YEAR"})
    void readsTheDateAndHowMuchOfItIsKnown(String typed, LocalDate date, DatePrecision precision) {
        DateInput.Reading reading = DateInput.read(typed);
        assertThat(reading.date()).isEqualTo(date);
        assertThat(reading.precision()).isEqualTo(precision);
        assertThat(reading.problem()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2026-02-30", "31 June 2026", "Mayo 2026", "26", "next week", "''"})
    void refusesWhatIsNotADate(String typed) {
        DateInput.Reading reading = DateInput.read(typed);
        assertThat(reading.date()).isNull();
        assertThat(reading.problem()).startsWith("must be a date, e.g.");
    }
}

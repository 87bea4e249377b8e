package io.labwatch.domain.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyInputTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2.5B | 2500000000",
            "$2.5 billion | 2500000000",
            "2,500,000,000 | 2500000000",
            "750M | 750000000",
            "750 mn | 750000000",
            "US$ 1.2 trillion | 1200000000000",
            "€500M | 500000000",
            "40bn | 40000000000",
            "1500 | 1500",
            "12.5k | 12500",
            "0 | 0",
            "1234.56 | 1234.56"})
    void readsAmountsAsAnalystsWriteThem(String typed, String expected) {
        assertThat(MoneyInput.read(typed).amount()).isEqualByComparingTo(new BigDecimal(expected));
        assertThat(MoneyInput.read(typed).problem()).isNull();
    }

    @Test
    void aBareSmallNumberNeedsItsUnitRatherThanBecomingCents() {
        MoneyInput.Reading reading = MoneyInput.read("2.5");
        assertThat(reading.amount()).isNull();
        assertThat(reading.problem()).contains("needs its unit").contains("2.5B");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "two billion | must be an amount of money",
            "2.5 gazillion | unknown unit 'gazillion'",
            "1,00,000 | must be an amount of money",
            "0.001M | 1000",
            "1.234567K | finer than a cent",
            "-5B | must be an amount of money"})
    void saysWhatIsWrong(String typed, String problem) {
        MoneyInput.Reading reading = MoneyInput.read(typed);
        if (problem.matches("\\d+")) {
            assertThat(reading.amount()).isEqualByComparingTo(new BigDecimal(problem));
        } else {
            assertThat(reading.amount()).isNull();
            assertThat(reading.problem()).contains(problem);
        }
    }
}

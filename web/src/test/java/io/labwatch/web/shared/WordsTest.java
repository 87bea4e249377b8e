package io.labwatch.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "AI_STARTUP | AI startup",
            "FRONTIER_LAB | Frontier lab",
            "REVENUE | Revenue",
            "ANNUALISED_RUN_RATE | Annualised run rate",
            "announcedOn | Announced on",
            "usdRate | USD rate",
            "trainingFlop | Training FLOP",
            "HIRE_IN | Hire in"})
    void namesFromTheCodeReadAsWords(String name, String words) {
        assertThat(Words.label(name)).isEqualTo(words);
    }
}

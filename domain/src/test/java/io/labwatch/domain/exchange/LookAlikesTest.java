package io.labwatch.domain.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LookAlikesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Thinking Machines | Thinking Machines Lab | true",
            "Open AI | OpenAI | true",
            "Anthropic, Inc. | Anthropic | true",
            "Mistral AI | Mistral | true",
            "Société Générale | Societe Generale | true",
            "Google DeepMind | DeepMind | false",
            "Meta | Metaculus | false",
            "The Lab | Labs Inc | false"})
    void namesOfTheSameOrganisationMatch(String one, String other, boolean same) {
        boolean matched = !Collections.disjoint(LookAlikes.keys(one, null), LookAlikes.keys(other, null));
        assertThat(matched).as(one + " vs " + other).isEqualTo(same);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"GDM | Google DeepMind | GDM; DeepMind", "Karpathy | Andrej Karpathy | Karpathy"})
    void aliasesCount(String name, String otherName, String otherAliases) {
        assertThat(LookAlikes.keys(name, null)).containsAnyElementsOf(LookAlikes.keys(otherName, otherAliases));
    }
}

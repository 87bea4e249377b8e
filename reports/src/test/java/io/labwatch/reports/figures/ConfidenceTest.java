package io.labwatch.reports.figures;

import static io.labwatch.domain.shared.Certainty.CONFIRMED;
import static io.labwatch.domain.shared.Certainty.REPORTED;
import static io.labwatch.domain.shared.Certainty.RUMOURED;
import static io.labwatch.domain.source.Reliability.A;
import static io.labwatch.domain.source.Reliability.B;
import static io.labwatch.domain.source.Reliability.C;
import static io.labwatch.domain.source.Reliability.D;
import static io.labwatch.domain.source.Reliability.F;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfidenceTest {

    private static Confidence.Basis fact(io.labwatch.domain.shared.Certainty c, int outlets, io.labwatch.domain.source.Reliability grade) {
        return new Confidence.Basis(c, outlets, grade);
    }

    @Test
    void highWhenEveryFactIsConfirmedWellOrCorroboratedByGoodOutlets() {
        var a = Confidence.of(List.of(fact(CONFIRMED, 1, C), fact(REPORTED, 3, B))).orElseThrow();
        assertThat(a.level()).isEqualTo(Confidence.Level.HIGH);
        assertThat(a.sentence()).isEqualTo("Confidence: high. The judgments rest on 2 facts: 1 confirmed, 1 reported, none rumoured;"
                + " 1 comes from a single outlet; best source grade per fact: B (1), C (1).");
    }

    @Test
    void lowWhenMoreThanAThirdAreWeak() {
        // a rumour stays weak however many good outlets repeat it
        var a = Confidence.of(List.of(fact(RUMOURED, 2, A), fact(REPORTED, 1, D), fact(CONFIRMED, 2, A))).orElseThrow();
        assertThat(a.level()).isEqualTo(Confidence.Level.LOW);
        assertThat(Confidence.of(List.of(fact(REPORTED, 1, D), fact(CONFIRMED, 2, A), fact(CONFIRMED, 1, B))).orElseThrow().level())
                .as("one weak fact in three is not more than a third").isEqualTo(Confidence.Level.MODERATE);
        assertThat(a.singleOutlet()).isEqualTo(1);
    }

    @Test
    void moderateOtherwiseAndUngradedSourcesAreSaidSo() {
        var a = Confidence.of(List.of(fact(REPORTED, 1, B), fact(REPORTED, 1, C), fact(CONFIRMED, 4, A), fact(REPORTED, 1, F))).orElseThrow();
        assertThat(a.level()).isEqualTo(Confidence.Level.MODERATE);
        assertThat(a.sentence()).isEqualTo("Confidence: moderate. The judgments rest on 4 facts: 1 confirmed, 3 reported, none rumoured;"
                + " 3 come from a single outlet; best source grade per fact: A (1), B (1), C (1), ungraded (1).");
        assertThat(Confidence.of(List.of(fact(CONFIRMED, 1, F))).orElseThrow().sentence())
                .isEqualTo("Confidence: moderate. The judgments rest on 1 fact: 1 confirmed, none reported, none rumoured; 1 comes from a"
                        + " single outlet; best source grade per fact: ungraded (1).");
    }

    @Test
    void noFactsNoStatement() {
        assertThat(Confidence.of(List.of())).isEmpty();
    }
}

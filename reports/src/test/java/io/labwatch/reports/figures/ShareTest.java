package io.labwatch.reports.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShareTest {

    @Test
    void wholePercentRoundedHalfUp() {
        assertThat(Share.percent(4, 7)).contains(57);
        assertThat(Share.percent(1, 8)).contains(13);
        assertThat(Share.percent(1, 1)).contains(100);
        assertThat(Share.percent(0, 3)).contains(0);
    }

    @Test
    void nothingForAnEmptyWholeOrAPartOutsideIt() {
        assertThat(Share.percent(1, 0)).isEmpty();
        assertThat(Share.percent(5, 4)).isEmpty();
        assertThat(Share.percent(-1, 4)).isEmpty();
    }
}

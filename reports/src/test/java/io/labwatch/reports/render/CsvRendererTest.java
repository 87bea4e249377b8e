package io.labwatch.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The data appendix never hands a spreadsheet a formula. */
class CsvRendererTest {

    @Test
    void textThatWouldRunAsAFormulaIsMadeInert() {
        assertThat(CsvRenderer.inert("=HYPERLINK(\"http://evil\",\"x\") joined Anthropic")).startsWith("'=HYPERLINK");
        assertThat(CsvRenderer.inert("+1 joined")).isEqualTo("'+1 joined");
        assertThat(CsvRenderer.inert("-2")).isEqualTo("'-2");
        assertThat(CsvRenderer.inert("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvRenderer.inert("Reportedly, Anthropic raised $30B.")).isEqualTo("Reportedly, Anthropic raised $30B.");
        assertThat(CsvRenderer.inert("")).isEmpty();
        assertThat(CsvRenderer.inert(null)).isNull();
    }
}

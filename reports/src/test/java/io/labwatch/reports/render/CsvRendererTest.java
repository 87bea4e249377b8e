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

    /** A brief published before a section existed has no such field in its stored JSON: its appendix is still written. */
    @Test
    void aBriefStoredWithoutSomeSectionsStillGivesItsAppendix() {
        var brief = new io.labwatch.reports.brief.Brief(null, "H", "D", java.util.List.of(), java.util.List.of(), java.util.List.of(), null,
                null, null, null, null, null, null, null, null, null, null, "W", null, null, null, null, null,
                java.util.List.of(new io.labwatch.reports.brief.Brief.FactKey("hire:1", "X joined Y.")));
        assertThat(CsvRenderer.render(brief)).isEqualTo("key,date,date_precision,certainty,statement,footnotes,source_slugs,source_urls\n"
                + "hire:1,,,,\"X joined Y.\",,,\n");
    }
}

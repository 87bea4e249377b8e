package io.labwatch.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile names and URLs come out of Markdown as text: no tag, no script link, no way out of a link or a table cell. */
class MarkdownTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>",
            "</p><iframe src=//e.com>", "<!-- x -->", "<?php ?>"})
    void htmlBecomesEntities(String hostile) {
        String md = MarkdownText.text(hostile);
        assertThat(md).doesNotContain("<").doesNotContain(">");
        assertThat(md).startsWith("&lt;");
    }

    @Test
    void entitiesInTheDataStayLiteral() {
        // Otherwise "&lt;script&gt;" in a name would reach the reader as a decoded "<script>".
        assertThat(MarkdownText.text("&lt;b&gt; &#60;i&#62; AT&T")).isEqualTo("&amp;lt;b&amp;gt; &amp;\\#60;i&amp;\\#62; AT&amp;T");
    }

    @Test
    void aLinkWrittenInTheDataIsNoLink() {
        String md = MarkdownText.text("[x](javascript:alert(1)) ![img](https://e.com/t.png)");
        assertThat(md).isEqualTo("\\[x\\](javascript:alert(1)) !\\[img\\](https://e.com/t.png)");
        assertThat(MarkdownLinks.targets(md)).isEmpty();
        // An escaped backslash does not escape the bracket after it: the data's own "\" is escaped as well.
        assertThat(MarkdownLinks.targets(MarkdownText.text("\\[x\\](javascript:alert(1))"))).isEmpty();
    }

    @Test
    void markdownPunctuationIsEscapedAndPlainPunctuationLeftAlone() {
        assertThat(MarkdownText.text("`code` *em* _em_ [ref] # ~~del~~ a|b \\"))
                .isEqualTo("\\`code\\` \\*em\\* \\_em\\_ \\[ref\\] \\# \\~\\~del\\~\\~ a\\|b \\\\");
        assertThat(MarkdownText.text("Pre-training, $10.9B (Q2): 82.6% — “quoted”!")).isEqualTo("Pre-training, $10.9B (Q2): 82.6% — “quoted”!");
    }

    @Test
    void lineBreaksCannotStartABlockOfTheirOwn() {
        assertThat(MarkdownText.text("one\n# two\r\n| three\r- four")).isEqualTo("one \\# two \\| three - four").doesNotContain("\n", "\r");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "- item | \\- item", "--- | \\---", "+ item | \\+ item", "'    1. item' | 1\\. item", "2026) item | 2026\\) item",
        "3 senior moves | 3 senior moves", "Anthropic - Claude | Anthropic - Claude"})
    void textThatOpensALineCannotOpenAListOrARule(String value, String expected) {
        assertThat(MarkdownText.lineText(value)).isEqualTo(expected);
    }

    @Test
    void aUrlThatTriesToLeaveItsLinkIsPercentEncoded() {
        String md = MarkdownText.link("Story", "https://e.com/a)\"<b>");
        assertThat(md).isEqualTo("[Story](https://e.com/a%29%22%3Cb%3E)");
        assertThat(MarkdownLinks.targets(md)).containsExactly("https://e.com/a%29%22%3Cb%3E");
        assertThat(md).doesNotContain("<", "\"");
    }

    @Test
    void spacesQuotesAndNonAsciiAreEncodedAndTheRestOfTheUrlKept() {
        assertThat(MarkdownText.link("x", "https://e.com/ü ñ/it's (1)?q=a&b=c#top"))
                .isEqualTo("[x](https://e.com/%C3%BC%20%C3%B1/it%27s%20%281%29?q=a&b=c#top)");
        assertThat(MarkdownText.link("x", "HTTP://e.com/a%20b/100%")).isEqualTo("[x](HTTP://e.com/a%20b/100%25)");
        assertThat(MarkdownText.link("x", "https://e.com/`x`\\y{z}")).isEqualTo("[x](https://e.com/%60x%60%5Cy%7Bz%7D)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox",
            "//e.com/a", "e.com", "", "file:///etc/passwd", "java\nscript:alert(1)"})
    void anythingButHttpOrHttpsIsTextWithoutALink(String url) {
        String md = MarkdownText.link("Story <b>", url);
        assertThat(md).isEqualTo("Story &lt;b&gt;");
        assertThat(MarkdownLinks.targets(md)).isEmpty();
    }

    @Test
    void theLabelOfALinkIsTextToo() {
        String md = MarkdownText.link("a](javascript:alert(1)) [b", "https://e.com/");
        assertThat(md).isEqualTo("[a\\](javascript:alert(1)) \\[b](https://e.com/)");
        assertThat(MarkdownLinks.targets(md)).containsExactly("https://e.com/");
    }
}

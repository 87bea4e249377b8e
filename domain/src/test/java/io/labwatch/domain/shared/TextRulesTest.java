package io.labwatch.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/** Text the feeds and PDFs could not carry is refused in words a user understands; what is stored already is made safe. */
class TextRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Anthropic", "<script>alert(1)</script>", "tab\tand\r\nlines", "😀 مختبر الذكاء", "\uD83D\uDE00", "\uFFFD", "\uE000",
            "\uD7FF", "\uDBFF\uDFFF"})
    void acceptsWhatXmlCanCarry(String text) {
        assertThat(TextRules.problem(text)).isEmpty();
        assertThat(TextRules.xmlSafe(text)).isSameAs(text);
    }

    @Test
    void namesTheNonCharactersItRefuses() {
        assertThat(TextRules.problem("Lab\uFFFF")).contains("must not contain the invisible character U+FFFF");
        assertThat(TextRules.problem("\uFFFELab")).contains("must not contain the invisible character U+FFFE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD800", "a\uD800b", "\uDC00", "x\uDFFF", "\uDC00\uD800", "ok \uD83D\uDE00 then \uD83D"})
    void refusesLoneSurrogates(String text) {
        assertThat(TextRules.problem(text)).contains("must not contain a broken character (lone surrogate)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bad\u0000name", "bell\u0007", "\u001F", "del\u007F", "\u000B", "\u000C"})
    void refusesControlCharacters(String text) {
        assertThat(TextRules.problem(text)).contains(TextRules.CONTROL);
    }

    @Test
    void aControlCharacterIsReportedEvenAfterAnotherProblem() {
        // The write path relies on this message to keep NUL away from the database.
        assertThat(TextRules.problem("\uFFFF\u0000")).contains(TextRules.CONTROL);
        assertThat(TextRules.problem("\uD800\u0000")).contains(TextRules.CONTROL);
    }

    @Test
    void checkAddsAFieldErrorAndRequireThrowsOne() {
        List<FieldError> errors = new ArrayList<>();
        assertThat(TextRules.check("name", "fine", errors)).isTrue();
        assertThat(TextRules.check("name", "x\uFFFF", errors)).isFalse();
        assertThat(errors).containsExactly(new FieldError("name", "must not contain the invisible character U+FFFF"));
        assertThatThrownBy(() -> TextRules.require("query", "\uD800")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors).containsExactly(new FieldError("query", "must not contain a broken character (lone surrogate)")));
    }

    @Test
    void xmlSafeDropsWhatXmlCannotCarryAndKeepsTheRest() throws Exception {
        String stored = "Lab\uFFFF \uFFFEone \uD800two\u0000 😀\t";
        String safe = TextRules.xmlSafe(stored);
        assertThat(safe).isEqualTo("Lab one two 😀\t");
        // What an XML parser says: the safe text parses as element content, the stored one does not.
        assertThat(parsedText(safe)).isEqualTo(safe);
        assertThatThrownBy(() -> parsedText(stored)).isInstanceOf(org.xml.sax.SAXException.class);
        assertThat(TextRules.xmlSafe(null)).isNull();
    }

    private static String parsedText(String text) throws Exception {
        String xml = "<a>" + text.replace("&", "&amp;").replace("<", "&lt;") + "</a>";
        DocumentBuilder parser = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        parser.setErrorHandler(new DefaultHandler()); // throws on fatal errors instead of printing them
        return parser.parse(new InputSource(new StringReader(xml))).getDocumentElement().getTextContent();
    }
}

package io.labwatch.domain.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ProposedValueTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void daysMoneyAndNumbersReadAsAReviewerChecksThem() {
        assertThat(ProposedValue.text(NODES.textNode("2031-07-01"), false)).isEqualTo("1 July 2031");
        assertThat(ProposedValue.text(NODES.numberNode(new BigDecimal("8.8E+10")), true)).isEqualTo("$88B (88,000,000,000)");
        assertThat(ProposedValue.text(NODES.numberNode(new BigDecimal("1.0825")), false)).isEqualTo("1.0825");
        assertThat(ProposedValue.text(NODES.numberNode(1234567), false)).isEqualTo("1,234,567");
        assertThat(ProposedValue.text(NODES.textNode("2031-13-45"), false)).isEqualTo("2031-13-45");
        assertThat(ProposedValue.text(NODES.nullNode(), false)).isEmpty();
        assertThat(ProposedValue.text(NODES.textNode("Series F"), false)).isEqualTo("Series F");
        assertThat(ProposedValue.text(null, true)).isEmpty();
    }
}

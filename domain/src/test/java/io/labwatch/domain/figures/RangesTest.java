package io.labwatch.domain.figures;

import static org.assertj.core.api.Assertions.assertThat;

import io.labwatch.domain.shared.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RangesTest {

    private static BigDecimal b(String billions) {
        return new BigDecimal(billions).movePointRight(9);
    }

    @Test
    void aRangeIsSaidWithItsPoint() {
        assertThat(Ranges.text(b("2"), null, null, Money::compact)).isEqualTo("$2B");
        assertThat(Ranges.text(b("45"), b("40"), b("50"), Money::compact)).isEqualTo("about $45B ($40B–50B)");
        assertThat(Ranges.text(null, b("1"), b("1.5"), Money::compact)).isEqualTo("$1B–1.5B");
        assertThat(Ranges.text(null, b("1"), null, Money::compact)).isEqualTo("at least $1B");
        assertThat(Ranges.text(b("2"), null, b("3"), Money::compact)).isEqualTo("$2B (at most $3B)");
        assertThat(Ranges.text(null, null, null, Money::compact)).isNull();
    }

    /** The second end of a range drops the currency sign the first has, whatever the currency: "€500M–1B", not "€500M–€1B". */
    @Test
    void aRangeSaysItsCurrencyOnce() {
        assertThat(Ranges.text(null, b("0.5"), b("1"), n -> Money.compact(n, "EUR"))).isEqualTo("€500M–1B");
        assertThat(Ranges.text(null, b("0.3"), b("0.5"), n -> Money.compact(n, "CHF"))).isEqualTo("CHF 300M–500M");
        assertThat(Ranges.text(b("1"), b("0.9"), b("1.2"), n -> Money.compact(n, "GBP"))).isEqualTo("about £1B (£900M–1.2B)");
        assertThat(Ranges.text(null, new BigDecimal("2"), new BigDecimal("3"), BigDecimal::toPlainString)).isEqualTo("2–3");
    }

    @Test
    void aRangeHoldsItsPoint() {
        List<FieldError> errors = new ArrayList<>();
        Ranges.check("value", b("5"), b("6"), b("4"), errors);
        Ranges.check("amountRaised", b("7"), b("1"), b("6"), errors);
        Ranges.check("postMoneyValuation", b("1"), b("2"), null, errors);
        Ranges.check("ok", b("5"), b("4"), b("6"), errors);
        Ranges.check("none", null, null, null, errors);
        assertThat(errors).containsExactly(new FieldError("valueHigh", "must be at least valueLow"),
                new FieldError("amountRaised", "must be at most amountRaisedHigh"),
                new FieldError("postMoneyValuation", "must be at least postMoneyValuationLow"));
    }
}

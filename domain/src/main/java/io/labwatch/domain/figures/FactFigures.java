package io.labwatch.domain.figures;

import io.labwatch.domain.shared.DatedFact;
import java.math.BigDecimal;

/**
 * How a fact's figures read in any kind's summary: money in the currency it was reported in, "≈" for estimates.
 */
public final class FactFigures {

    private FactFigures() {
    }

    /** "≈ $45B ($40B–50B)" for an estimate: the sign says what "about" would. */
    public static String approximately(String text) {
        return "≈ " + (text.startsWith("about ") ? text.substring("about ".length()) : text);
    }

    /**
     * A money figure of a fact as a point, a range or both, in the currency it was reported in with its value in US
     * dollars beside ("€500M (≈ $540M)"), "≈" before it when the fact's figures are estimated; null if none.
     */
    public static String money(DatedFact fact, BigDecimal point, BigDecimal low, BigDecimal high) {
        String text = Ranges.text(point, low, high, n -> Money.compact(n, fact.currency));
        if (text == null) {
            return null;
        }
        if (fact.estimated) {
            text = approximately(text);
        }
        if (fact.currency != null && !fact.currency.equals("USD") && fact.usdRate != null) {
            // the amount as reported, and what it is in US dollars at the fact's rate
            String usd = Ranges.text(fact.inUsd(point), point == null ? fact.inUsd(low) : null, point == null ? fact.inUsd(high) : null, Money::compact);
            text += " (≈ " + usd + ")";
        }
        return text;
    }
}

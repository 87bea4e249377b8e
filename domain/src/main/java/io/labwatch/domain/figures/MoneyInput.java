package io.labwatch.domain.figures;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an amount of money as analysts type it: "2.5B", "$2.5 billion", "2,500,000,000", "€500M", "750 mn".
 * A bare number below a thousand is refused rather than read as dollars: in a round or a valuation "2.5" means
 * millions or billions, and saving $2.50 would be a wrong figure that looks right.
 */
public final class MoneyInput {

    /** What a field's hint says the field takes. */
    public static final String FORMATS = "e.g. 2.5B, $2.5 billion, 750M or 2,500,000,000 (in the fact's currency)";

    private static final Pattern AMOUNT = Pattern.compile(
            "(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)\\s*(?<unit>[a-z]*)");
    private static final BigDecimal SMALLEST_BARE = new BigDecimal(1000);

    private MoneyInput() {
    }

    /** The amount, or why the text is not one (in words for the form). */
    public record Reading(BigDecimal amount, String problem) {
        public Optional<BigDecimal> value() {
            return Optional.ofNullable(amount);
        }
    }

    public static Reading read(String text) {
        String s = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        // a currency sign or code in front or behind says nothing the currency field does not
        s = s.replaceAll("^(us\\$|\\$|€|£|¥|usd|eur|gbp|jpy)\\s*", "").replaceAll("\\s*(usd|dollars?)$", "").trim();
        Matcher m = AMOUNT.matcher(s);
        if (!m.matches()) {
            return new Reading(null, "must be an amount of money, " + FORMATS);
        }
        BigDecimal number = new BigDecimal(m.group("number").replace(",", ""));
        String unit = m.group("unit");
        BigDecimal scale = switch (unit) {
            case "" -> BigDecimal.ONE;
            case "k", "thousand" -> new BigDecimal("1000");
            case "m", "mn", "mm", "million", "millions" -> new BigDecimal("1000000");
            case "b", "bn", "billion", "billions" -> new BigDecimal("1000000000");
            case "t", "tn", "trillion", "trillions" -> new BigDecimal("1000000000000");
            default -> null;
        };
        if (scale == null) {
            return new Reading(null, "has an unknown unit '" + unit + "': use K, M (million), B (billion) or T (trillion)");
        }
        if (unit.isEmpty() && number.signum() > 0 && number.compareTo(SMALLEST_BARE) < 0) {
            return new Reading(null, "needs its unit: 2.5M or 2.5B (a bare " + m.group("number") + " would be " + m.group("number")
                    + " dollars)");
        }
        BigDecimal amount = number.multiply(scale);
        if (amount.stripTrailingZeros().scale() > 2) {
            return new Reading(null, "is finer than a cent");
        }
        return new Reading(amount.stripTrailingZeros().scale() < 0 ? amount.setScale(0) : amount.stripTrailingZeros(), null);
    }
}

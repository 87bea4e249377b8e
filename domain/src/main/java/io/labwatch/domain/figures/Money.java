package io.labwatch.domain.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Limits and display of money amounts (US dollars unless a currency is given). */
public final class Money {
    /** Ten trillion dollars: larger than any plausible lab figure, well inside numeric(20,2). */
    public static final String MAX = "10000000000000";

    private Money() {
    }

    /** An amount in a currency: "€500M", "£2B", "¥1.5T", "CHF 300M"; in USD as {@link #compact(BigDecimal)}. */
    public static String compact(BigDecimal amount, String currency) {
        String usd = compact(amount);
        if (currency == null || currency.equals("USD") || usd.isEmpty()) {
            return usd;
        }
        String symbol = switch (currency) {
            case "EUR" -> "€";
            case "GBP" -> "£";
            case "JPY" -> "¥";
            default -> currency + " ";
        };
        return usd.replace("$", symbol);
    }

    /** 900000000000 becomes "$900B", 10900000000 "$10.9B", 250000000 "$250M". */
    public static String compact(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        BigDecimal abs = amount.abs();
        String sign = amount.signum() < 0 ? "-" : "";
        String[][] units = {{"1000000000000", "T"}, {"1000000000", "B"}, {"1000000", "M"}, {"1000", "K"}};
        for (String[] unit : units) {
            BigDecimal size = new BigDecimal(unit[0]);
            if (abs.compareTo(size) >= 0) {
                BigDecimal scaled = abs.divide(size, 1, RoundingMode.HALF_UP).stripTrailingZeros();
                return sign + "$" + scaled.toPlainString() + unit[1];
            }
        }
        return sign + "$" + abs.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }
}

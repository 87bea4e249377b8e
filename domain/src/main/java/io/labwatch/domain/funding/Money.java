package io.labwatch.domain.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Limits and display of US-dollar amounts. */
public final class Money {
    /** Ten trillion dollars: larger than any plausible lab figure, well inside numeric(20,2). */
    public static final String MAX = "10000000000000";

    private Money() {
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

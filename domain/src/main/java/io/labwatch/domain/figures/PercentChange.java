package io.labwatch.domain.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Rule "percent change": (current − previous) ÷ previous × 100, to one decimal. Only from a positive previous
 * figure: a change from zero or from a negative amount has no meaningful percentage, so none is stated.
 */
public final class PercentChange {

    private PercentChange() {
    }

    public static Optional<BigDecimal> between(BigDecimal previous, BigDecimal current) {
        if (previous == null || current == null || previous.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(current.subtract(previous).multiply(BigDecimal.valueOf(100)).divide(previous, 1, RoundingMode.HALF_UP));
    }

    /** "up 12.5%" or "down 3%" (an unchanged figure reads "unchanged"). */
    public static String words(BigDecimal percent) {
        if (percent.signum() == 0) {
            return "unchanged";
        }
        return (percent.signum() > 0 ? "up " : "down ") + plain(percent) + "%";
    }

    /** "+12.5%" or "−3%" for a table cell. */
    public static String signed(BigDecimal percent) {
        return (percent.signum() > 0 ? "+" : percent.signum() < 0 ? "−" : "") + plain(percent) + "%";
    }

    /** 75.0 reads "75", 12.5 stays "12.5". */
    private static String plain(BigDecimal percent) {
        return percent.abs().stripTrailingZeros().toPlainString();
    }
}

package io.labwatch.domain.figures;

import io.labwatch.domain.shared.FieldError;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * A figure given as a point, a low–high range, or both (the point is what comparisons use; where a source gives only
 * a range, the analyst enters its midpoint as the point). One rule for its order and one way to say it.
 */
public final class Ranges {

    private Ranges() {
    }

    /**
     * A range of money needs its point (what comparisons, sums and sorts use: the midpoint where a source gives only
     * the range); then low ≤ point ≤ high as for {@link #check}.
     */
    public static void checkMoney(String field, BigDecimal point, BigDecimal low, BigDecimal high, List<FieldError> errors) {
        if (point == null && (low != null || high != null)) {
            errors.add(new FieldError(field, "is required with a range: the figure comparisons use (its midpoint where the source gives only the range)"));
        }
        check(field, point, low, high, errors);
    }

    /** low ≤ point ≤ high, for those given; each problem names the field at fault ({@code field}, {@code fieldLow}, {@code fieldHigh}). */
    public static void check(String field, BigDecimal point, BigDecimal low, BigDecimal high, List<FieldError> errors) {
        if (low != null && high != null && low.compareTo(high) > 0) {
            errors.add(new FieldError(field + "High", "must be at least " + field + "Low"));
        } else if (point != null && low != null && point.compareTo(low) < 0) {
            errors.add(new FieldError(field, "must be at least " + field + "Low"));
        } else if (point != null && high != null && point.compareTo(high) > 0) {
            errors.add(new FieldError(field, "must be at most " + field + "High"));
        }
    }

    /**
     * "$2T", "about $2T ($1.5T–2.5T)", "$1B–1.5B", "at least $1B", "at most $3B"; null when nothing is known. The
     * format writes one amount ("$1.5B", "€2B"); in a range the second amount drops the currency sign the first has.
     */
    public static String text(BigDecimal point, BigDecimal low, BigDecimal high, Function<BigDecimal, String> format) {
        String range = low != null && high != null ? format.apply(low) + "–" + withoutSign(format.apply(low), format.apply(high))
                : low != null ? "at least " + format.apply(low) : high != null ? "at most " + format.apply(high) : null;
        if (point == null) {
            return range;
        }
        return range == null || low == null || high == null ? format.apply(point) + (range == null ? "" : " (" + range + ")")
                : "about " + format.apply(point) + " (" + range + ")";
    }

    /** The second amount of a range without the currency sign both share: "€1B" after "€500M" is "1B". */
    private static String withoutSign(String first, String second) {
        int digits = 0;
        while (digits < first.length() && !Character.isDigit(first.charAt(digits))) {
            digits++;
        }
        String sign = first.substring(0, digits);
        return !sign.isEmpty() && !sign.contains("-") && second.startsWith(sign) ? second.substring(sign.length()) : second;
    }
}

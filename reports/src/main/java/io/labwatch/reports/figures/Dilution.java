package io.labwatch.reports.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Rule "dilution": the share of a company a primary round sold, amount raised ÷ post-money valuation × 100, in
 * percent with one decimal. Both amounts in US dollars. Nothing without both amounts, when either is not positive,
 * or when the amount exceeds the post-money (the figures cannot both be right), or when it rounds to 0.0%.
 */
public final class Dilution {

    private Dilution() {
    }

    public static Optional<BigDecimal> percent(BigDecimal raisedUsd, BigDecimal postMoneyUsd) {
        if (raisedUsd == null || postMoneyUsd == null || raisedUsd.signum() <= 0 || postMoneyUsd.signum() <= 0
                || raisedUsd.compareTo(postMoneyUsd) > 0) {
            return Optional.empty();
        }
        BigDecimal pct = raisedUsd.multiply(BigDecimal.valueOf(100)).divide(postMoneyUsd, 1, RoundingMode.HALF_UP);
        return pct.signum() == 0 ? Optional.empty() : Optional.of(pct);
    }
}

package io.labwatch.reports.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Rule "share": a part of a whole in whole percent, rounded half up ("4 of 7 deals, 57%"). Nothing for an empty whole
 * or a part outside it.
 */
public final class Share {

    private Share() {
    }

    public static Optional<Integer> percent(long part, long whole) {
        if (whole <= 0 || part < 0 || part > whole) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP).intValue());
    }
}

package io.labwatch.reports.figures;

import io.labwatch.domain.acquisition.Acquisition;
import io.labwatch.domain.funding.Valuation;
import io.labwatch.domain.shared.TrackedEntity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Rule "acquisition multiple": an acquisition's price ÷ the target's last valuation on or before the announcement, to
 * one decimal, both in US dollars (each at its own fact's rate). The price is the point, or the middle of its range; the
 * valuation its point. Nothing is stated without a positive price, without such a valuation among those given, for a
 * stake (a part is not priced against the whole), for a figure in another currency without its rate to the dollar, or
 * when the multiple rounds to zero.
 */
public final class AcquisitionMultiple {

    private AcquisitionMultiple() {
    }

    /** The multiple and the valuation it divides by. */
    public record Multiple(BigDecimal times, Valuation lastValuation, BigDecimal priceUsd) {
    }

    public static Optional<Multiple> of(Acquisition a, Collection<Valuation> valuations) {
        BigDecimal price = a.price != null ? a.price
                : a.priceLow != null && a.priceHigh != null ? a.priceLow.add(a.priceHigh).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP) : null;
        if (price == null || price.signum() <= 0 || a.stakePercent != null || a.announcedOn == null || !inDollars(a)) {
            return Optional.empty();
        }
        BigDecimal priceUsd = a.inUsd(price);
        return valuations.stream()
                .filter(v -> TrackedEntity.same(v.lab, a.target) && v.asOf != null && !v.asOf.isAfter(a.announcedOn) && v.value != null
                        && v.value.signum() > 0 && inDollars(v))
                .max(Comparator.comparing((Valuation v) -> v.asOf).thenComparing(v -> v.id == null ? 0L : v.id))
                .map(v -> new Multiple(priceUsd.divide(v.inUsd(v.value), 1, RoundingMode.HALF_UP), v, priceUsd))
                .filter(m -> m.times().signum() > 0);
    }

    /** Whether a fact's amounts can be read in US dollars: they are, or its rate says how. */
    private static boolean inDollars(io.labwatch.domain.shared.DatedFact fact) {
        return fact.currency == null || fact.currency.equals("USD") || fact.usdRate != null;
    }
}

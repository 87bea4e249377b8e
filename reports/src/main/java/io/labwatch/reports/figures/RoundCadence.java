package io.labwatch.reports.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Rule "round cadence": how often a lab raises. The gaps between its consecutive rounds in whole months (rounds on one
 * day count once), their median (the middle gap, or the mean of the two middle ones, rounded half up to whole months),
 * and the months from its last round to a given day. Needs two rounds at least: one round has no cadence.
 *
 * <p>A brief reads "Anthropic's round of May 2026 came 4 months after its previous one; the median gap between its 5
 * rounds is 7 months", and, where the time since the last round has passed the median, states it as a computed
 * expectation: "no round in 14 months, against a median of 7 between its rounds".
 */
public final class RoundCadence {

    /**
     * {@code gaps} in months, oldest first; {@code median} of them; {@code sinceLast} from the last round to the day asked
     * about; {@code rounds} how many distinct round days the gaps come from; {@code last} the last round's day.
     */
    public record Cadence(List<Long> gaps, long median, long sinceLast, int rounds, LocalDate last) {

        /** The last gap: how long the newest round came after the one before it. */
        public long lastGap() {
            return gaps.get(gaps.size() - 1);
        }

        /** Whether the time since the last round has passed the median gap: a round would be due by the lab's own pace. */
        public boolean overdue() {
            return sinceLast > median;
        }
    }

    private RoundCadence() {
    }

    /** The cadence of rounds on {@code roundDays} as seen on {@code on}; empty with fewer than two distinct days up to it. */
    public static Optional<Cadence> of(Collection<LocalDate> roundDays, LocalDate on) {
        List<LocalDate> days = roundDays.stream().filter(d -> d != null && !d.isAfter(on)).distinct().sorted().toList();
        if (days.size() < 2) {
            return Optional.empty();
        }
        List<Long> gaps = new java.util.ArrayList<>();
        for (int i = 1; i < days.size(); i++) {
            gaps.add(ChronoUnit.MONTHS.between(days.get(i - 1), days.get(i)));
        }
        LocalDate last = days.get(days.size() - 1);
        return Optional.of(new Cadence(List.copyOf(gaps), median(gaps), ChronoUnit.MONTHS.between(last, on), days.size(), last));
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        return BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 0, RoundingMode.HALF_UP).longValue();
    }
}

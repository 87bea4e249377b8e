package io.labwatch.web.lab;

import io.labwatch.domain.finance.FinancialMetric;
import io.labwatch.domain.finance.MetricKind;
import io.labwatch.domain.funding.FundingRound;
import io.labwatch.domain.funding.ValuationMark;
import io.labwatch.domain.hire.Hire;
import io.labwatch.domain.profile.LabProfile;
import io.labwatch.domain.profile.LabProfileQuery;
import io.labwatch.domain.watch.WatchStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The strip at the top of a profile: the newest valuation mark and its change, the last round, the newest revenue of
 * each basis, senior moves in and out over the twelve months to the day shown, the compute capacity the lab has access
 * to, and its open watch items. Each figure is the profile's own (the same facts and rules as the sections below), so
 * the strip and the page cannot disagree.
 */
public record ProfileStrip(ValuationMark valuation, FundingRound lastRound, List<FinancialMetric> revenue, String seniorIn, String seniorOut,
        LocalDate movesSince, String capacity, long openWatchItems) {

    /** The strip of a profile whose valuation marks ({@link LabProfile#marks}, newest first) the page has worked out. */
    static ProfileStrip of(LabProfile p, List<ValuationMark> marks, LocalDate today) {
        FundingRound lastRound = p.rounds().stream().filter(r -> r.announcedOn != null)
                .max(Comparator.comparing((FundingRound r) -> r.announcedOn)).orElse(null);
        Map<Object, FinancialMetric> newestByBasis = new LinkedHashMap<>();
        p.metrics().stream().filter(m -> m.metric == MetricKind.REVENUE || m.metric == MetricKind.ANNUALISED_REVENUE)
                .sorted(Comparator.comparing((FinancialMetric m) -> m.reportedOn, Comparator.nullsLast(Comparator.reverseOrder())))
                .forEach(m -> newestByBasis.putIfAbsent(m.basis, m));
        LocalDate since = today.minusMonths(12);
        return new ProfileStrip(marks.isEmpty() ? null : marks.get(0), lastRound, new ArrayList<>(newestByBasis.values()),
                seniorSince(p.hiresIn(), since, today), seniorSince(p.hiresOut(), since, today), since, p.capacityTotal(),
                p.watchItems().stream().filter(w -> w.status == WatchStatus.OPEN).count());
    }

    /**
     * The senior moves in the window, counted in the moves the profile holds (its newest {@value LabProfileQuery#PER_SECTION});
     * "50+" when that list is full and reaches into the window, so more may lie beyond it.
     */
    private static String seniorSince(List<Hire> moves, LocalDate since, LocalDate today) {
        long count = moves.stream().filter(h -> h.seniority != null && h.seniority.isSenior() && h.announcedOn != null
                && !h.announcedOn.isBefore(since) && !h.announcedOn.isAfter(today)).count();
        boolean cut = moves.size() >= LabProfileQuery.PER_SECTION && moves.get(moves.size() - 1).announcedOn != null
                && !moves.get(moves.size() - 1).announcedOn.isBefore(since);
        return count + (cut ? "+" : "");
    }

    public boolean isEmpty() {
        return valuation == null && lastRound == null && revenue.isEmpty() && seniorIn.equals("0") && seniorOut.equals("0") && capacity == null
                && openWatchItems == 0;
    }
}

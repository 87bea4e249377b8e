package io.labwatch.domain.profile;

import io.labwatch.domain.compute.ComputeDeal;
import io.labwatch.domain.finance.FinancialMetric;
import io.labwatch.domain.funding.FundingRound;
import io.labwatch.domain.funding.Valuation;
import io.labwatch.domain.funding.ValuationMark;
import io.labwatch.domain.funding.ValuationMarks;
import io.labwatch.domain.hire.Hire;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.source.Citation;
import io.labwatch.domain.watch.WatchItem;
import java.util.List;
import java.util.Map;

/**
 * Everything a lab's profile shows, newest first, with every fact's citations by fact type ("hire", "lab", ...)
 * and fact id.
 */
public record LabProfile(Lab lab, List<Valuation> valuations, List<FundingRound> rounds, List<FinancialMetric> metrics,
        List<Hire> hiresIn, List<Hire> hiresOut, List<ComputeDeal> deals, List<WatchItem> watchItems, List<ProfileSection> sections,
        List<DataCenterAccess> dataCenters, Map<String, Map<Long, List<Citation>>> citations) {

    /**
     * The capacity of the data centers the lab uses, each once, summed with its uncertainty ({@link
     * io.labwatch.domain.datacenter.CapacityTotal}); null when none gives a figure. Shared centers count whole: it is
     * what the lab has access to, not its share.
     */
    public String capacityTotal() {
        return io.labwatch.domain.datacenter.CapacityTotal.of(dataCenters.stream().map(DataCenterAccess::latest).toList()).text();
    }

    /**
     * The valuation history, newest first: valuation records and rounds' post-money, each round once ({@link ValuationMarks}).
     * The profile reads only the newest valuations and rounds; where a list was cut, a mark whose previous one lies at
     * or before the cut shows no change (an unread mark may stand between them) rather than a wrong one.
     */
    public List<ValuationMark> marks() {
        java.time.LocalDate cut = null;
        if (valuations.size() >= LabProfileQuery.CHART_POINTS) {
            cut = valuations.get(valuations.size() - 1).asOf;
        }
        if (rounds.size() >= LabProfileQuery.PER_SECTION) {
            java.time.LocalDate oldestRound = rounds.get(rounds.size() - 1).announcedOn;
            cut = cut == null || oldestRound.isAfter(cut) ? oldestRound : cut;
        }
        java.time.LocalDate before = cut;
        return ValuationMarks.newestFirst(valuations, rounds).stream()
                .map(m -> before != null && m.previous() != null && !m.previous().on().isAfter(before) ? m.withPrevious(null) : m).toList();
    }

    public List<Citation> citationsOf(String type, Long id) {
        return citations.getOrDefault(type, Map.of()).getOrDefault(id, List.of());
    }
}

package io.labwatch.domain.profile;

import io.labwatch.domain.compute.ComputeDeal;
import io.labwatch.domain.finance.FinancialMetric;
import io.labwatch.domain.funding.FundingRound;
import io.labwatch.domain.funding.Valuation;
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
        Map<String, Map<Long, List<Citation>>> citations) {

    public List<Citation> citationsOf(String type, Long id) {
        return citations.getOrDefault(type, Map.of()).getOrDefault(id, List.of());
    }
}

package io.labwatch.reports.build;

import io.labwatch.domain.compute.ComputeDeal;
import io.labwatch.domain.finance.FinancialMetric;
import io.labwatch.domain.funding.FundingRound;
import io.labwatch.domain.funding.Valuation;
import io.labwatch.domain.hire.Hire;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.source.Citation;
import io.labwatch.domain.watch.WatchItem;
import io.labwatch.reports.brief.BriefRequest;
import java.util.List;
import java.util.Map;

/**
 * Everything a brief is built from, loaded in a fixed number of statements. {@code valuations} reaches back
 * before the period so that each valuation in it can be compared with the one before. Citations are by fact type,
 * then fact id.
 */
public record BriefData(BriefRequest request, List<Lab> labs, List<Hire> hires,
        List<FundingRound> rounds, List<Valuation> valuations, List<FinancialMetric> metrics, List<ComputeDeal> deals,
        List<WatchItem> watchItems, Map<String, Map<Long, List<Citation>>> citations) {

    public List<Citation> citationsOf(String type, Long id) {
        return citations.getOrDefault(type, Map.of()).getOrDefault(id, List.of());
    }
}

package io.labwatch.domain.exchange;

import java.util.List;

/**
 * The whole of Labwatch's data in one document: the demo data file, the import format and the export
 * format. Facts refer to labs, people and sources by slug so that a person can write one by hand.
 */
public record Dataset(List<LabRecord> labs, List<PersonRecord> people, List<SourceRecord> sources,
        List<HireRecord> hires, List<FundingRoundRecord> fundingRounds, List<ValuationRecord> valuations,
        List<FinancialMetricRecord> financialMetrics, List<ComputeDealRecord> computeDeals,
        List<WatchItemRecord> watchItems) {

    /** Missing sections read as empty. */
    public Dataset {
        labs = orEmpty(labs);
        people = orEmpty(people);
        sources = orEmpty(sources);
        hires = orEmpty(hires);
        fundingRounds = orEmpty(fundingRounds);
        valuations = orEmpty(valuations);
        financialMetrics = orEmpty(financialMetrics);
        computeDeals = orEmpty(computeDeals);
        watchItems = orEmpty(watchItems);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}

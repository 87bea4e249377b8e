package io.labwatch.domain.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The whole dataset in the import format, read in one transaction so that it is consistent. */
@ApplicationScoped
public class DatasetExporter {

    @Inject LabStore labs;
    @Inject PersonStore people;
    @Inject SourceStore sources;
    @Inject HireStore hires;
    @Inject FundingRoundStore rounds;
    @Inject ValuationStore valuations;
    @Inject FinancialMetricStore metrics;
    @Inject ComputeDealStore deals;
    @Inject WatchItemStore watchItems;

    @Transactional
    public Dataset export() {
        return new Dataset(labs.all(), people.all(), sources.all(), hires.all(), rounds.all(), valuations.all(),
                metrics.all(), deals.all(), watchItems.all());
    }
}

package io.labwatch.domain.source;

import io.labwatch.domain.compute.ComputeDeal;
import io.labwatch.domain.finance.FinancialMetric;
import io.labwatch.domain.funding.FundingRound;
import io.labwatch.domain.funding.Valuation;
import io.labwatch.domain.hire.Hire;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.shared.TrackedEntity;
import io.labwatch.domain.watch.WatchItem;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Links one fact to a source that reports it. Exactly one of the fact references is set (a CHECK in
 * the schema enforces it); separate columns keep real foreign keys instead of a type-and-id pair.
 */
@Entity
@Table(name = "citation")
public class Citation extends TrackedEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    public Source source;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lab_id")
    public Lab lab;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "hire_id")
    public Hire hire;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "funding_round_id")
    public FundingRound fundingRound;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "valuation_id")
    public Valuation valuation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "financial_metric_id")
    public FinancialMetric financialMetric;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "compute_deal_id")
    public ComputeDeal computeDeal;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "watch_item_id")
    public WatchItem watchItem;

    /** What only this source said about the fact, if anything. */
    @Size(max = 5000)
    public String note;

    /** The cited fact, whichever type it is. */
    public TrackedEntity fact() {
        return lab != null ? lab : hire != null ? hire : fundingRound != null ? fundingRound : valuation != null ? valuation
                : financialMetric != null ? financialMetric : computeDeal != null ? computeDeal : watchItem;
    }

    /** The type of the cited fact as the API and the read models name it: lab, hire, fundingRound, ... */
    public String factType() {
        return lab != null ? "lab" : hire != null ? "hire" : fundingRound != null ? "fundingRound" : valuation != null ? "valuation"
                : financialMetric != null ? "financialMetric" : computeDeal != null ? "computeDeal" : "watchItem";
    }
}

package io.labwatch.domain.watch;

import io.labwatch.domain.compute.ComputeDeal;
import io.labwatch.domain.finance.FinancialMetric;
import io.labwatch.domain.funding.FundingRound;
import io.labwatch.domain.funding.Valuation;
import io.labwatch.domain.hire.Hire;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.shared.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;
import org.hibernate.Hibernate;

/**
 * A forward-looking question analysts watch, e.g. "follow-on hires", until resolved (optionally by a linked fact) or
 * expired.
 */
@Entity
@Table(name = "watch_item")
public class WatchItem extends TrackedEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lab_id")
    public Lab lab;

    @NotBlank
    @Size(max = 300)
    public String question;

    @Size(max = 10_000)
    public String detail;

    @NotNull
    @Column(name = "raised_on")
    public LocalDate raisedOn;

    @Column(name = "due_by")
    public LocalDate dueBy;

    @NotNull
    @Enumerated(EnumType.STRING)
    public WatchStatus status = WatchStatus.OPEN;

    @Column(name = "resolved_on")
    public LocalDate resolvedOn;

    @Size(max = 10_000)
    @Column(name = "resolution_note")
    public String resolutionNote;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "resolved_by_hire_id")
    public Hire resolvedByHire;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "resolved_by_funding_round_id")
    public FundingRound resolvedByFundingRound;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "resolved_by_valuation_id")
    public Valuation resolvedByValuation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "resolved_by_financial_metric_id")
    public FinancialMetric resolvedByFinancialMetric;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "resolved_by_compute_deal_id")
    public ComputeDeal resolvedByComputeDeal;

    /** The fact that resolved the item, if one is linked. */
    public TrackedEntity resolvedBy() {
        return Stream.of(resolvedByHire, resolvedByFundingRound, resolvedByValuation, resolvedByFinancialMetric, resolvedByComputeDeal)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** Links the fact that resolved the item (null: none). */
    public void resolvedBy(TrackedEntity fact) {
        Object real = fact == null ? null : Hibernate.unproxy(fact);
        resolvedByHire = real instanceof Hire h ? h : null;
        resolvedByFundingRound = real instanceof FundingRound r ? r : null;
        resolvedByValuation = real instanceof Valuation v ? v : null;
        resolvedByFinancialMetric = real instanceof FinancialMetric m ? m : null;
        resolvedByComputeDeal = real instanceof ComputeDeal d ? d : null;
    }

    /** Copies every editable field from a draft. */
    public void updateFrom(WatchItem draft) {
        lab = draft.lab;
        question = draft.question;
        detail = draft.detail;
        raisedOn = draft.raisedOn;
        dueBy = draft.dueBy;
        status = draft.status;
        resolvedOn = draft.resolvedOn;
        resolutionNote = draft.resolutionNote;
        resolvedBy(draft.resolvedBy());
    }
}

package io.labwatch.reports.build;

import io.labwatch.domain.compute.ComputeDeal;
import io.labwatch.domain.compute.ComputeDealSummary;
import io.labwatch.domain.figures.Money;
import io.labwatch.domain.figures.PercentChange;
import io.labwatch.domain.finance.FinancialMetric;
import io.labwatch.domain.finance.MetricSummary;
import io.labwatch.domain.funding.FundingRound;
import io.labwatch.domain.funding.FundingSummary;
import io.labwatch.domain.funding.Valuation;
import io.labwatch.domain.funding.ValuationMark;
import io.labwatch.domain.funding.ValuationMarks;
import io.labwatch.domain.hire.Hire;
import io.labwatch.domain.hire.HireKind;
import io.labwatch.domain.hire.HireSummary;
import io.labwatch.reports.brief.Audience;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The facts of a brief's period as sentences with sources and scores, and the valuation changes. */
final class PeriodFacts {

    /**
     * A valuation mark of the period with the lab's mark before it, of any basis (a round's post-money included), as
     * the rule {@link ValuationMarks} links them.
     */
    record ValuationChange(ValuationMark mark) {
        /** The valuation record, for a mark that is one; null for a round's own mark. */
        Valuation valuation() {
            return mark.valuation();
        }

        ValuationMark previous() {
            return mark.previous();
        }

        BigDecimal amount() {
            return mark.changeAmount().orElse(null);
        }

        /** By the rule {@link PercentChange}: none without a positive previous mark. */
        Optional<BigDecimal> percent() {
            return mark.changePercent();
        }

        /** The sources of the mark before, which the change also rests on. */
        List<io.labwatch.domain.source.Citation> previousCitations(BriefData data) {
            return previous() == null ? List.of() : data.citationsOf(previous().citedType(), previous().fact().id);
        }

        /** ", up 12.5% ($100B) from $800B in May 2026", or without the percentage where the rule gives none. */
        String clause() {
            ValuationMark before = previous();
            BigDecimal amount = amount();
            if (before == null || amount == null) {
                return "";
            }
            String direction = amount.signum() >= 0 ? "up " : "down ";
            String ofRound = before.valuation() == null ? " (" + before.round().name + "'s post-money)" : "";
            // a change is only as firm as the mark it is measured from: a rumour or an estimate says so
            String firmness = before.certainty() == io.labwatch.domain.shared.Certainty.RUMOURED ? "a rumoured "
                    : before.fact().estimated ? "an estimated " : "";
            return ", " + percent().map(p -> PercentChange.words(p) + " (" + Money.compact(amount.abs()) + ")")
                    .orElse(direction + Money.compact(amount.abs())) + " from " + firmness + Money.compact(before.value()) + ofRound + " "
                    + before.precision().inWords(before.on()) + earlier(before.on(), mark.on());
        }
    }

    final List<Fact> all = new ArrayList<>();
    final List<ValuationChange> valuationChanges = new ArrayList<>();

    private final List<Hire> hires;
    /** Each lab's senior arrivals of the period by rule "net arrivals", worked out once for every rule that reads them. */
    private final Map<Long, io.labwatch.reports.figures.NetArrivals.Result> arrivals = new HashMap<>();
    /** The scoped labs' rounds up to the period's end, by lab id (rule "round cadence"). */
    private final Map<Long, List<FundingRound>> roundsToDate;

    PeriodFacts(BriefData data) {
        this.hires = data.hires();
        this.roundsToDate = data.roundsToDate().stream().collect(Collectors.groupingBy(r -> r.lab.id));
        Audience audience = data.request().audience();
        for (Hire h : data.hires()) {
            all.add(new Fact(Fact.keyOf("hire", h.id), "hire", HireSummary.of(h), h.announcedOn, h.datePrecision, h.certainty,
                    data.citationsOf("hire", h.id), Significance.hire(h, audience)));
        }
        Set<Long> roundsOfPeriod = data.rounds().stream().map(r -> r.id).collect(Collectors.toSet());
        for (FundingRound r : data.rounds()) {
            // A round's post-money against the lab's previous valuation mark: the step-up investors read first.
            ValuationChange stepUp = ValuationMarks.ofRound(data.marks(), r).map(ValuationChange::new).orElse(null);
            List<io.labwatch.domain.source.Citation> cited = new ArrayList<>(data.citationsOf("fundingRound", r.id));
            if (stepUp != null) {
                cited.addAll(stepUp.previousCitations(data));
            }
            all.add(new Fact(Fact.keyOf("fundingRound", r.id), "round", FundingSummary.round(r) + (stepUp == null ? "" : stepUp.clause()), r.announcedOn,
                    r.datePrecision, r.certainty, cited, Significance.round(r.inUsd(r.amountRaised), r.inUsd(r.postMoneyValuation),
                            stepUp == null ? null : stepUp.percent().map(BigDecimal::doubleValue).orElse(null), audience)));
        }
        for (ValuationMark m : data.marks()) {
            // the period's valuation records; a round's own mark is told with its round above
            if (m.valuation() == null || m.on().isBefore(data.request().from())) {
                continue;
            }
            Valuation v = m.valuation();
            ValuationChange change = new ValuationChange(m);
            valuationChanges.add(change);
            if (v.fundingRound == null || !roundsOfPeriod.contains(v.fundingRound.id)) {
                all.add(new Fact(Fact.keyOf("valuation", v.id), "valuation", FundingSummary.valuation(v) + change.clause(), v.asOf,
                        v.datePrecision, v.certainty, citations(data, change),
                        Significance.valuation(v.inUsd(v.value), change.percent().map(BigDecimal::doubleValue).orElse(null), audience)));
            }
        }
        for (FinancialMetric m : data.metrics()) {
            all.add(new Fact(Fact.keyOf("financialMetric", m.id), "metric", MetricSummary.of(m), m.reportedOn, m.datePrecision, m.certainty,
                    data.citationsOf("financialMetric", m.id), Significance.metric(m.metric.isMoney() ? m.inUsd(m.value) : null, audience)));
        }
        for (ComputeDeal d : data.deals()) {
            all.add(new Fact(Fact.keyOf("computeDeal", d.id), "deal", ComputeDealSummary.of(d), d.announcedOn, d.datePrecision, d.certainty,
                    data.citationsOf("computeDeal", d.id), Significance.deal(audience)));
        }
    }

    /** ", 8 months earlier" (nothing under about six weeks, where month-precise dates say too little). */
    private static String earlier(java.time.LocalDate before, java.time.LocalDate after) {
        long months = java.time.temporal.ChronoUnit.MONTHS.between(before, after);
        if (java.time.temporal.ChronoUnit.DAYS.between(before, after) < 45 || months < 1) {
            return "";
        }
        return months < 24 ? ", " + months + (months == 1 ? " month" : " months") + " earlier" : ", " + months / 12 + " years earlier";
    }

    /** The facts by significance, most significant first; ties go to the later fact, then the key. */
    List<Fact> ranked() {
        return all.stream().sorted(Comparator.comparingDouble(Fact::score).reversed()
                .thenComparing(Fact::date, Comparator.reverseOrder()).thenComparing(Fact::key)).toList();
    }

    /** The lab's senior arrivals of the period, less who left again (rule "net arrivals"). */
    io.labwatch.reports.figures.NetArrivals.Result arrivals(io.labwatch.domain.lab.Lab lab) {
        return arrivals.computeIfAbsent(lab.id, id -> io.labwatch.reports.figures.NetArrivals.of(lab, hires, PeriodFacts::isSeniorMove));
    }

    /** Senior people who left the lab in the period (for elsewhere, or nowhere known). */
    List<Hire> seniorDepartures(io.labwatch.domain.lab.Lab lab) {
        return hires.stream().filter(PeriodFacts::isSeniorMove)
                .filter(h -> h.fromLab != null && h.fromLab.id.equals(lab.id) && (h.toLab == null || !h.toLab.id.equals(lab.id))).toList();
    }

    /** The lab's rounds up to the period's end, oldest first. */
    List<FundingRound> roundsToDate(io.labwatch.domain.lab.Lab lab) {
        return roundsToDate.getOrDefault(lab.id, List.of());
    }

    static boolean isSeniorMove(Hire h) {
        return h.seniority.isSenior() && h.kind != HireKind.PROMOTED;
    }

    private static List<io.labwatch.domain.source.Citation> citations(BriefData data, ValuationChange change) {
        List<io.labwatch.domain.source.Citation> cited = new ArrayList<>(data.citationsOf("valuation", change.valuation().id));
        cited.addAll(change.previousCitations(data));
        return cited;
    }
}

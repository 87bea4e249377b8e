package io.labwatch.reports.build;

import io.labwatch.domain.acquisition.Acquisition;
import io.labwatch.domain.compute.ComputeDeal;
import io.labwatch.domain.compute.ComputeDealSummary;
import io.labwatch.domain.figures.FactFigures;
import io.labwatch.domain.figures.Money;
import io.labwatch.domain.finance.MetricBasis;
import io.labwatch.domain.funding.FundingSummary;
import io.labwatch.domain.hire.Hire;
import io.labwatch.domain.hire.HireKind;
import io.labwatch.domain.hire.HireSummary;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.model.BenchmarkResult;
import io.labwatch.domain.model.Verification;
import io.labwatch.domain.shared.TextRules;
import io.labwatch.domain.source.Citation;
import io.labwatch.reports.brief.Audience;
import io.labwatch.reports.figures.AcquisitionMultiple;
import io.labwatch.reports.figures.NetArrivals;
import io.labwatch.reports.figures.RevenueMultiple;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * "Why this matters", written per audience by rules over the period's facts. Each sentence states facts of the
 * data (or figures computed from them) and carries their sources; the framing words come from the rule, and a
 * rule with no facts to speak of says nothing.
 */
final class WhyItMatters {

    private final BriefData data;
    private final PeriodFacts facts;

    WhyItMatters(BriefData data, PeriodFacts facts) {
        this.data = data;
        this.facts = facts;
    }

    /** At most this many points: a brief over every lab would otherwise list thousands. */
    static final int POINTS = 20;

    List<Draft> write() {
        Audience audience = data.request().audience();
        List<Draft> all = new ArrayList<>(switch (audience) {
            case INVESTOR -> investors();
            case ENTERPRISE_BUYER -> buyers();
            case REGULATOR -> regulators();
            case COMPETITOR -> competitors();
        });
        all.addAll(interests(audience));
        return pick(all);
    }

    /**
     * The facts of the kinds this audience reads first ({@link Audience#interests}), each as its kind summarises it under
     * the audience's theme ("Legal exposure: OpenAI is a defendant in Musk v. Altman."), with its sources. For enterprise
     * buyers only scores a third party ran count as verified capability; for investors an acquisition's price is set
     * against the target's last valuation where Labwatch holds one ({@link AcquisitionMultiple}).
     */
    private List<Draft> interests(Audience audience) {
        List<Draft> out = new ArrayList<>();
        for (Map.Entry<String, String> interest : audience.interests.entrySet()) {
            for (BriefData.Other o : data.others()) {
                if (!interest.getKey().equals(o.factKind()) || (audience == Audience.ENTERPRISE_BUYER && o.fact() instanceof BenchmarkResult b
                        && b.verification != Verification.THIRD_PARTY)) {
                    continue;
                }
                StringBuilder text = new StringBuilder(interest.getValue()).append(": ").append(o.summary().replaceFirst("[.]$", ""));
                List<Citation> cited = new ArrayList<>(data.citationsOf(o.type(), o.fact().id));
                if (audience == Audience.INVESTOR && o.fact() instanceof Acquisition a) {
                    AcquisitionMultiple.of(a, data.valuations()).ifPresent(m -> {
                        text.append("; the price is ≈ ").append(m.times().toPlainString()).append("× ").append(a.target.name)
                                .append("'s last valuation (").append(Money.compact(m.lastValuation().inUsd(m.lastValuation().value))).append(", ")
                                .append(m.lastValuation().datePrecision.display(m.lastValuation().asOf)).append(")");
                        cited.addAll(data.citationsOf("valuation", m.lastValuation().id));
                    });
                }
                out.add(new Draft(text + ".", cited));
            }
        }
        return out;
    }

    /**
     * Up to {@link #POINTS} points, taken in turn from each theme (the words before the first colon: "Valuation",
     * "Round size", ...) so that one busy theme does not crowd out the others, and kept in their original order.
     */
    static List<Draft> pick(List<Draft> all) {
        if (all.size() <= POINTS) {
            return all;
        }
        Map<String, java.util.Deque<Integer>> byTheme = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            String text = all.get(i).text();
            byTheme.computeIfAbsent(text.substring(0, Math.max(0, text.indexOf(':'))), t -> new java.util.ArrayDeque<>()).add(i);
        }
        java.util.SortedSet<Integer> chosen = new java.util.TreeSet<>();
        while (chosen.size() < POINTS) {
            for (java.util.Deque<Integer> theme : byTheme.values()) {
                if (!theme.isEmpty() && chosen.size() < POINTS) {
                    chosen.add(theme.poll());
                }
            }
        }
        return chosen.stream().map(all::get).toList();
    }

    static String title(Audience audience) {
        return "Why this matters for " + audience.readers;
    }

    /** Valuation and revenue trajectory, round sizes, capital intensity, talent as a leading signal. */
    private List<Draft> investors() {
        List<Draft> out = new ArrayList<>();
        for (PeriodFacts.ValuationChange change : facts.valuationChanges) {
            var v = change.valuation();
            String text = "Valuation: " + v.lab.name + " was valued at " + FactFigures.money(v, v.value, v.valueLow, v.valueHigh) + " ("
                    + TextRules.words(v.basis.name()) + ") " + v.datePrecision.inWords(v.asOf) + change.clause();
            List<Citation> cited = new ArrayList<>(data.citationsOf("valuation", v.id));
            cited.addAll(change.previousCitations(data));
            out.add(new Draft(text + ".", cited));
            RevenueMultiple.of(v, data.metrics()).ifPresent(multiple -> {
                List<Citation> both = new ArrayList<>(data.citationsOf("valuation", v.id));
                both.addAll(data.citationsOf("financialMetric", multiple.revenue().id));
                out.add(new Draft("Revenue multiple: " + v.lab.name + "'s " + Money.compact(v.inUsd(v.value)) + " valuation of "
                        + v.datePrecision.display(v.asOf) + " is ≈ " + multiple.times().toPlainString() + "× "
                        + annualisedRevenue(multiple) + ".", both));
            });
        }
        data.rounds().stream().filter(r -> r.amountRaised != null).forEach(r -> out.add(new Draft("Round size: "
                + FundingSummary.round(r) + ".", data.citationsOf("fundingRound", r.id))));
        for (ComputeDeal d : data.deals()) {
            out.add(new Draft("Capital intensity: " + ComputeDealSummary.of(d) + ".",
                    data.citationsOf("computeDeal", d.id)));
        }
        for (Lab lab : data.labs()) {
            NetArrivals.Result arrivals = facts.arrivals(lab);
            if (!arrivals.isEmpty()) {
                out.add(new Draft("Talent as a leading signal: " + arrivalsSentence(lab, arrivals) + ".", citationsOf(arrivals.all())));
            }
        }
        return out;
    }

    /** Stability and direction of the labs, capability hires, compute capacity. */
    private List<Draft> buyers() {
        List<Draft> out = new ArrayList<>();
        for (Lab lab : data.labs()) {
            List<Hire> in = senior(h -> h.toLab != null && h.toLab.id.equals(lab.id));
            List<Hire> left = senior(h -> h.fromLab != null && h.fromLab.id.equals(lab.id));
            if (in.isEmpty() && left.isEmpty()) {
                continue;
            }
            List<Hire> both = new ArrayList<>(in);
            both.addAll(left);
            out.add(new Draft("Stability: " + lab.name + " had " + Plural.count(in.size(), "senior arrival") + " and "
                    + Plural.count(left.size(), "senior departure") + " in the period.", citationsOf(both)));
        }
        data.hires().stream().filter(Significance::isCapability).filter(h -> h.kind != HireKind.DEPARTED)
                .forEach(h -> out.add(new Draft("Capability: " + HireSummary.of(h) + ".", data.citationsOf("hire", h.id))));
        data.deals().forEach(d -> out.add(new Draft("Compute capacity: " + ComputeDealSummary.of(d) + ".", data.citationsOf("computeDeal", d.id))));
        return out;
    }

    /** Safety and red-team hires, compute concentration, cross-lab deals, governance moves. */
    private List<Draft> regulators() {
        List<Draft> out = new ArrayList<>();
        data.hires().stream().filter(Significance::isSafety)
                .forEach(h -> out.add(new Draft("Safety capacity: " + HireSummary.of(h) + ".", data.citationsOf("hire", h.id))));
        Map<Lab, List<ComputeDeal>> byProvider = new LinkedHashMap<>();
        data.deals().forEach(d -> byProvider.computeIfAbsent(d.provider, p -> new ArrayList<>()).add(d));
        byProvider.forEach((provider, deals) -> {
            String buyers = deals.stream().map(d -> d.buyer.name + (d.facility == null ? "" : " (" + d.facility + ")"))
                    .distinct().collect(Collectors.joining(", "));
            out.add(new Draft("Compute concentration: " + provider.name + " supplies compute to " + buyers
                    + ", a cross-lab dependency between tracked organisations.", deals.stream()
                    .flatMap(d -> data.citationsOf("computeDeal", d.id).stream()).toList()));
        });
        data.hires().stream().filter(h -> h.kind == HireKind.FOUNDED || h.kind == HireKind.DEPARTED)
                .forEach(h -> out.add(new Draft("Governance: " + (h.fromLab != null ? HireSummary.departure(h) : HireSummary.of(h)) + ".",
                        data.citationsOf("hire", h.id))));
        return out;
    }

    /** Talent flows between the labs and who is winning them. */
    private List<Draft> competitors() {
        Map<Lab, int[]> flows = new LinkedHashMap<>();
        Map<Lab, List<Hire>> involved = new LinkedHashMap<>();
        for (Hire h : data.hires()) {
            if (!PeriodFacts.isSeniorMove(h)) {
                continue;
            }
            if (h.toLab != null) {
                flows.computeIfAbsent(h.toLab, l -> new int[2])[0]++;
                involved.computeIfAbsent(h.toLab, l -> new ArrayList<>()).add(h);
            }
            if (h.fromLab != null) {
                flows.computeIfAbsent(h.fromLab, l -> new int[2])[1]++;
                involved.computeIfAbsent(h.fromLab, l -> new ArrayList<>()).add(h);
            }
        }
        List<Map.Entry<Lab, int[]>> ranked = flows.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<Lab, int[]> e) -> e.getValue()[1] - e.getValue()[0])
                        .thenComparing(e -> e.getKey().name)).toList();
        List<Draft> out = new ArrayList<>();
        for (Map.Entry<Lab, int[]> e : ranked) {
            int net = e.getValue()[0] - e.getValue()[1];
            out.add(new Draft("Talent flow: " + e.getKey().name + " gained " + Plural.count(e.getValue()[0], "senior person", "senior people")
                    + " and lost " + e.getValue()[1] + " (net " + (net > 0 ? "+" : "") + net + ").", citationsOf(involved.get(e.getKey()))));
        }
        if (!ranked.isEmpty()) {
            Map.Entry<Lab, int[]> top = ranked.get(0);
            int net = top.getValue()[0] - top.getValue()[1];
            boolean tied = ranked.size() > 1 && ranked.get(1).getValue()[0] - ranked.get(1).getValue()[1] == net;
            if (net > 0 && !tied) {
                out.add(0, new Draft("Who is winning: " + top.getKey().name + " had the largest net gain of senior talent in the period (+"
                        + net + ").", citationsOf(involved.get(top.getKey()))));
            }
        }
        return out;
    }

    /** "annualised 2026-Q2 revenue ($10.9B for the quarter × 4 = $43.6B)", or "the 2026 annualised revenue of $40B". */
    static String annualisedRevenue(RevenueMultiple.Multiple m) {
        MetricBasis basis = m.revenue().basis == null ? MetricBasis.UNSTATED : m.revenue().basis;
        String estimated = m.revenue().estimated ? ", estimated" : "";
        if (m.scaled()) {
            return "annualised " + m.period().label() + " revenue (" + Money.compact(m.revenue().inUsd(m.revenue().value)) + " for the "
                    + (m.period().months() == 3 ? "quarter" : m.period().months() == 6 ? "half-year" : "month")
                    + (basis == MetricBasis.UNSTATED ? ", basis unstated: read as the period's total" : ", " + basis.words) + estimated
                    + ", × " + (12 / m.period().months()) + " = " + Money.compact(m.annualised()) + ")";
        }
        if (RevenueMultiple.alreadyAnnual(m.revenue())) {
            // a run-rate or ARR, as it is
            return (basis == MetricBasis.ARR ? "ARR" : "annualised run-rate revenue") + " of " + Money.compact(m.annualised()) + " for "
                    + m.period().label() + estimated;
        }
        return m.period().label() + " revenue of " + Money.compact(m.annualised()) + " (" + basis.words + estimated + ")";
    }

    /** "Anthropic gained 2 senior people in the period (A, B); 1 more joined and left again (C, left in March 2026)". */
    static String arrivalsSentence(Lab lab, NetArrivals.Result arrivals) {
        String again = arrivals.leftAgain().entrySet().stream().map(e -> e.getKey().person.name + ", left "
                + e.getValue().datePrecision.inWords(e.getValue().announcedOn)).collect(Collectors.joining("; "));
        if (arrivals.stayed().isEmpty()) {
            return lab.name + "'s " + Plural.count(arrivals.leftAgain().size(), "senior arrival") + " of the period left again (" + again + ")";
        }
        String text = lab.name + " gained " + Plural.count(arrivals.stayed().size(), "senior person", "senior people") + " in the period ("
                + names(arrivals.stayed()) + ")";
        return arrivals.leftAgain().isEmpty() ? text : text + "; " + arrivals.leftAgain().size() + " more joined and left again (" + again + ")";
    }

    private List<Hire> senior(java.util.function.Predicate<Hire> filter) {
        return data.hires().stream().filter(PeriodFacts::isSeniorMove).filter(filter).toList();
    }

    private List<Citation> citationsOf(List<Hire> hires) {
        return hires.stream().flatMap(h -> data.citationsOf("hire", h.id).stream()).toList();
    }

    private static String names(List<Hire> hires) {
        return hires.stream().map(h -> h.person.name).distinct().collect(Collectors.joining(", "));
    }
}

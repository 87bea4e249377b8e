package io.labwatch.reports.build;

import io.labwatch.domain.compute.ComputeDeal;
import io.labwatch.domain.figures.Money;
import io.labwatch.domain.funding.FundingRound;
import io.labwatch.domain.funding.ValuationMark;
import io.labwatch.domain.hire.Hire;
import io.labwatch.domain.hire.HireKind;
import io.labwatch.domain.hire.RoleClass;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.shared.DatedFact;
import io.labwatch.domain.shared.TextRules;
import io.labwatch.domain.source.Citation;
import io.labwatch.domain.source.Reliability;
import io.labwatch.reports.brief.Audience;
import io.labwatch.reports.brief.Question;
import io.labwatch.reports.figures.Confidence;
import io.labwatch.reports.figures.Dilution;
import io.labwatch.reports.figures.NetArrivals;
import io.labwatch.reports.figures.RevenueMultiple;
import io.labwatch.reports.figures.RoundCadence;
import io.labwatch.reports.figures.Share;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The key judgments that open a brief: each answers one of its audience's {@link Audience#questions} with a sentence
 * computed from the period's facts by a named rule, and carries the sources of every fact it rests on. A question the
 * data cannot answer is left out — never padded — and at most {@value #MAX} are given: the first answer to each
 * question in the audience's order, then second answers in the same order, so that one busy question does not crowd
 * out the others. Within a question, the labs whose answer weighs most come first (the rule's own score).
 */
final class KeyJudgments {

    static final int MAX = 5;

    /** A judgment before its sources are numbered, with the facts it rests on (by key) for the confidence rule. */
    record Judgment(Question question, String text, List<Citation> citations, Map<String, Confidence.Basis> facts, double weight) {
    }

    private final BriefData data;
    private final PeriodFacts facts;

    KeyJudgments(BriefData data, PeriodFacts facts) {
        this.data = data;
        this.facts = facts;
    }

    List<Judgment> write() {
        List<List<Judgment>> answers = new ArrayList<>();
        for (Question q : data.request().audience().questions) {
            answers.add(answer(q).stream().sorted(Comparator.comparingDouble(Judgment::weight).reversed()
                    .thenComparing(Judgment::text)).toList());
        }
        List<Judgment> out = new ArrayList<>();
        for (int round = 0; out.size() < MAX; round++) {
            boolean any = false;
            for (List<Judgment> a : answers) {
                if (round < a.size() && out.size() < MAX) {
                    out.add(a.get(round));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return out;
    }

    private List<Judgment> answer(Question q) {
        return switch (q) {
            case VALUATION_TRAJECTORY -> valuationTrajectory();
            case REVENUE_MULTIPLE -> revenueMultiple();
            case ROUND_CADENCE -> roundCadence();
            case CAPITAL_INTENSITY -> computeTaken(q, "took on");
            case CAPACITY -> computeTaken(q, "added compute capacity through");
            case LEGAL_EXPOSURE -> ofKinds(q, List.of("CASE_PARTY", "CASE_EVENT"), "legal development", "legal developments");
            case HOW_TO_BUY -> ofKinds(q, List.of("PARTNERSHIP"), "partnership", "partnerships");
            case CONSOLIDATION -> ofKinds(q, List.of("ACQUISITION", "PARTNERSHIP"), "acquisition or partnership", "acquisitions and partnerships");
            case RELEASES -> ofKinds(q, List.of("MODEL_RELEASE"), "model release", "model releases");
            case VENDOR_STABILITY -> stability();
            case CAPABILITY -> roleArrivals(q, RoleClass::isCapability, "in research or engineering");
            case SAFETY -> roleArrivals(q, c -> c == RoleClass.SAFETY_AND_SECURITY, "in safety and security");
            case COMPUTE_CONCENTRATION -> concentration();
            case TALENT_FLOW -> talentFlow();
            case ROLES_WON -> rolesWon();
        };
    }

    /** Rule "valuation trajectory": each lab's latest mark of the period against the mark before it (percent change), with the round's dilution. */
    private List<Judgment> valuationTrajectory() {
        Map<Lab, ValuationMark> latest = new LinkedHashMap<>();
        for (ValuationMark m : data.marks()) {
            if (!m.on().isBefore(data.request().from()) && m.value() != null && m.value().signum() > 0) {
                latest.put(m.lab(), m);
            }
        }
        List<Judgment> out = new ArrayList<>();
        latest.forEach((lab, m) -> {
            PeriodFacts.ValuationChange change = new PeriodFacts.ValuationChange(m);
            String basis = m.valuation() == null ? m.round().name + "'s post-money" : TextRules.words(m.basis().name());
            StringBuilder text = new StringBuilder(lab.name + "'s valuation reached " + Money.compact(m.value()) + " (" + basis + ") "
                    + m.precision().inWords(m.on()));
            Collecting j = new Collecting(Question.VALUATION_TRAJECTORY, m.value().doubleValue());
            j.fact(m.citedType(), m.fact());
            if (m.previous() != null && change.amount() != null) {
                text.append(change.clause());
                j.fact(m.previous().citedType(), m.previous().fact());
            } else {
                text.append("; Labwatch holds no earlier valuation of ").append(lab.name).append(" to compare it with");
            }
            FundingRound round = m.ofRound();
            if (round != null) {
                Dilution.percent(round.inUsd(round.amountRaised), round.inUsd(round.postMoneyValuation)).ifPresent(pct -> {
                    text.append("; the round sold ≈ ").append(pct.toPlainString()).append("% of the company (")
                            .append(Money.compact(round.inUsd(round.amountRaised))).append(" raised ÷ ")
                            .append(Money.compact(round.inUsd(round.postMoneyValuation))).append(" post-money)");
                    j.fact("fundingRound", round);
                });
            }
            out.add(j.build(text + "."));
        });
        return out;
    }

    /** Rule "revenue multiple" on each lab's latest valuation record of the period that has revenue of the same time. */
    private List<Judgment> revenueMultiple() {
        Map<Lab, Judgment> latest = new LinkedHashMap<>();
        for (PeriodFacts.ValuationChange c : facts.valuationChanges) {
            var v = c.valuation();
            RevenueMultiple.of(v, data.metrics()).ifPresent(m -> {
                Collecting j = new Collecting(Question.REVENUE_MULTIPLE, m.times().doubleValue());
                j.fact("valuation", v);
                j.fact("financialMetric", m.revenue());
                latest.put(v.lab, j.build(v.lab.name + "'s " + Money.compact(v.inUsd(v.value)) + " valuation of "
                        + v.datePrecision.display(v.asOf) + " is ≈ " + m.times().toPlainString() + "× " + WhyItMatters.annualisedRevenue(m) + "."));
            });
        }
        return List.copyOf(latest.values());
    }

    /** Rule "round cadence": a round of the period against the gaps between the lab's rounds, or a round overdue by them. */
    private List<Judgment> roundCadence() {
        List<Judgment> out = new ArrayList<>();
        for (Lab lab : data.labs()) {
            List<FundingRound> rounds = facts.roundsToDate(lab);
            RoundCadence.of(rounds.stream().map(r -> r.announcedOn).toList(), data.request().to()).ifPresent(c -> {
                Collecting j = new Collecting(Question.ROUND_CADENCE, c.sinceLast() > c.median() ? c.sinceLast() : c.rounds());
                rounds.forEach(r -> j.fact("fundingRound", r));
                String median = "the median gap between its " + c.rounds() + " rounds is " + months(c.median());
                if (!c.last().isBefore(data.request().from())) {
                    out.add(j.build(lab.name + "'s round of " + io.labwatch.domain.shared.DatePrecision.MONTH.display(c.last()) + " came "
                            + months(c.lastGap()) + " after the one before; " + median + "."));
                } else if (c.overdue()) {
                    out.add(j.build("Computed expectation: " + lab.name + " has recorded no round for " + months(c.sinceLast())
                            + ", against a median of " + months(c.median()) + " between its " + c.rounds() + " rounds."));
                }
            });
        }
        return out;
    }

    /** Each lab's compute deals of the period as buyer: how many, from whom. */
    private List<Judgment> computeTaken(Question q, String verb) {
        Map<Lab, List<ComputeDeal>> byBuyer = new LinkedHashMap<>();
        data.deals().forEach(d -> byBuyer.computeIfAbsent(d.buyer, b -> new ArrayList<>()).add(d));
        List<Judgment> out = new ArrayList<>();
        byBuyer.forEach((buyer, deals) -> {
            Collecting j = new Collecting(q, deals.size());
            deals.forEach(d -> j.fact("computeDeal", d));
            out.add(j.build(buyer.name + " " + verb + " " + Plural.count(deals.size(), "compute deal") + " in the period ("
                    + few(deals.stream().map(KeyJudgments::dealName).distinct().toList()) + ")."));
        });
        return out;
    }

    /** Rule "provider share": the providers of the period's compute deals, and the largest one's share of them. */
    private List<Judgment> concentration() {
        if (data.deals().isEmpty()) {
            return List.of();
        }
        Map<Lab, List<ComputeDeal>> byProvider = new LinkedHashMap<>();
        data.deals().forEach(d -> byProvider.computeIfAbsent(d.provider, p -> new ArrayList<>()).add(d));
        Map.Entry<Lab, List<ComputeDeal>> top = byProvider.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<Lab, List<ComputeDeal>> e) -> e.getValue().size())
                        .thenComparing(e -> e.getKey().name, Comparator.reverseOrder())).orElseThrow();
        int all = data.deals().size();
        Collecting j = new Collecting(Question.COMPUTE_CONCENTRATION, all);
        data.deals().forEach(d -> j.fact("computeDeal", d));
        String buyers = few(top.getValue().stream().map(d -> d.buyer.name).distinct().toList());
        String text = byProvider.size() == 1
                ? "All " + Plural.count(all, "compute deal") + " of the period came from one provider, " + top.getKey().name + " (to " + buyers + ")."
                : "The period's " + all + " compute deals came from " + byProvider.size() + " providers; the largest, " + top.getKey().name
                        + ", supplied " + top.getValue().size() + " of them (" + Share.percent(top.getValue().size(), all).orElseThrow() + "%, to "
                        + buyers + ").";
        return List.of(j.build(text.replace("All 1 compute deal of", "The one compute deal of")));
    }

    /** The period's facts of some kinds without sections of their own: how many, and the latest one as its kind says it. */
    private List<Judgment> ofKinds(Question q, List<String> kinds, String one, String many) {
        List<BriefData.Other> found = data.others().stream().filter(o -> kinds.contains(o.factKind())).toList();
        if (found.isEmpty()) {
            return List.of();
        }
        BriefData.Other latest = found.get(found.size() - 1);
        Collecting j = new Collecting(q, found.size());
        found.forEach(o -> j.fact(o.type(), o.fact()));
        String summary = latest.summary().replaceFirst("[.]$", "");
        String when = latest.fact().datePrecision.inWords(latest.fact().occurredOn());
        return List.of(j.build(found.size() == 1 ? "One " + one + " in the period: " + summary + " " + when + "."
                : found.size() + " " + many + " in the period; the latest: " + summary + " " + when + "."));
    }

    /** Rule "net arrivals" against senior departures, per lab: who left, executives named. */
    private List<Judgment> stability() {
        List<Judgment> out = new ArrayList<>();
        for (Lab lab : data.labs()) {
            NetArrivals.Result arrivals = facts.arrivals(lab);
            List<Hire> left = facts.seniorDepartures(lab);
            if (arrivals.isEmpty() && left.isEmpty()) {
                continue;
            }
            Collecting j = new Collecting(Question.VENDOR_STABILITY, left.size() * 2 + arrivals.stayed().size());
            arrivals.all().forEach(h -> j.fact("hire", h));
            left.forEach(h -> j.fact("hire", h));
            String text = lab.name + " gained " + Plural.count(arrivals.stayed().size(), "senior person", "senior people") + " and "
                    + (left.isEmpty() ? "lost none" : "lost " + left.size() + " (" + names(left) + ")") + " in the period";
            List<Hire> executives = left.stream().filter(h -> RoleClass.of(h) == RoleClass.EXECUTIVE || h.kind == HireKind.FOUNDED).toList();
            if (!executives.isEmpty()) {
                text += "; " + few(executives.stream().map(h -> h.person.name + (h.role == null ? "" : " (" + h.role + ")")).toList())
                        + (executives.size() == 1 ? " was an executive" : " were executives");
            }
            out.add(j.build(text + "."));
        }
        return out;
    }

    /** Per lab: how many of its senior arrivals of the period fall in a class of roles ({@link RoleClass}), named. */
    private List<Judgment> roleArrivals(Question q, Predicate<RoleClass> classes, String where) {
        List<Judgment> out = new ArrayList<>();
        for (Lab lab : data.labs()) {
            List<Hire> in = facts.arrivals(lab).stayed();
            List<Hire> matching = in.stream().filter(h -> classes.test(RoleClass.of(h))).toList();
            List<Hire> leaving = facts.seniorDepartures(lab).stream().filter(h -> classes.test(RoleClass.of(h))).toList();
            if (matching.isEmpty() && leaving.isEmpty()) {
                continue;
            }
            Collecting j = new Collecting(q, matching.size() + leaving.size());
            in.forEach(h -> j.fact("hire", h));
            leaving.forEach(h -> j.fact("hire", h));
            String text = matching.isEmpty() ? lab.name + " gained no senior people " + where
                    : matching.size() + " of " + lab.name + "'s " + Plural.count(in.size(), "senior arrival") + " in the period "
                            + (matching.size() == 1 ? "works " : "work ") + where + " (" + withTeams(matching) + ")";
            if (!leaving.isEmpty()) {
                text += "; " + Plural.count(leaving.size(), "senior person", "senior people") + " " + where + " left (" + withTeams(leaving) + ")";
            }
            out.add(j.build(text + "."));
        }
        return out;
    }

    /** Net senior flow per lab, largest gain first: in, out, and where the arrivals came from. */
    private List<Judgment> talentFlow() {
        List<Judgment> out = new ArrayList<>();
        for (Lab lab : data.labs()) {
            List<Hire> in = facts.arrivals(lab).stayed();
            List<Hire> left = facts.seniorDepartures(lab);
            if (in.isEmpty() && left.isEmpty()) {
                continue;
            }
            int net = in.size() - left.size();
            Collecting j = new Collecting(Question.TALENT_FLOW, net);
            in.forEach(h -> j.fact("hire", h));
            left.forEach(h -> j.fact("hire", h));
            String from = andFew(in.stream().map(h -> h.fromLab == null ? null : h.fromLab.name).filter(java.util.Objects::nonNull).distinct()
                    .sorted().toList());
            String to = andFew(left.stream().map(h -> h.toLab == null ? null : h.toLab.name).filter(java.util.Objects::nonNull).distinct()
                    .sorted().toList());
            out.add(j.build(lab.name + "'s net senior talent flow in the period was " + (net > 0 ? "+" : "") + net + " (" + in.size() + " in, "
                    + left.size() + " out)" + (from.isEmpty() ? "" : "; arrivals came from " + from)
                    + (to.isEmpty() ? "" : "; departures went to " + to) + "."));
        }
        return out;
    }

    /** Per lab: its senior arrivals of the period by class of role. */
    private List<Judgment> rolesWon() {
        List<Judgment> out = new ArrayList<>();
        for (Lab lab : data.labs()) {
            List<Hire> in = facts.arrivals(lab).stayed();
            if (in.isEmpty()) {
                continue;
            }
            Map<RoleClass, List<Hire>> byClass = new java.util.EnumMap<>(RoleClass.class);
            in.forEach(h -> byClass.computeIfAbsent(RoleClass.of(h), c -> new ArrayList<>()).add(h));
            Collecting j = new Collecting(Question.ROLES_WON, in.size());
            in.forEach(h -> j.fact("hire", h));
            out.add(j.build(lab.name + "'s senior arrivals of the period by role: " + byClass.entrySet().stream()
                    .map(e -> (e.getKey() == RoleClass.OTHER ? "role not stated or other" : e.getKey().label) + " " + e.getValue().size()
                            + " (" + names(e.getValue()) + ")").collect(Collectors.joining(", ")) + "."));
        }
        return out;
    }

    private static String dealName(ComputeDeal d) {
        return d.provider.name + (d.facility == null ? "" : " at " + d.facility);
    }

    private static String withTeams(List<Hire> hires) {
        List<String> each = hires.stream().map(h -> h.person.name + (h.team == null ? "" : ", " + h.team)).toList();
        return String.join("; ", each.subList(0, Math.min(each.size(), FEW))) + (each.size() > FEW ? "; and " + (each.size() - FEW) + " more" : "");
    }

    private static String names(List<Hire> hires) {
        return few(hires.stream().map(h -> h.person.name).distinct().toList());
    }

    /** How many names a judgment lists before "and N more": a sentence over every lab would otherwise name hundreds. */
    static final int FEW = 5;

    /** "A, B, C, D, E and 12 more". */
    private static String few(List<String> names) {
        return names.size() <= FEW ? String.join(", ", names) : String.join(", ", names.subList(0, FEW)) + " and " + (names.size() - FEW) + " more";
    }

    /** "A", "A and B", "A, B and C"; past {@link #FEW}, "A, B, C, D, E and 12 more". */
    private static String andFew(List<String> names) {
        return names.size() > FEW ? few(names) : names.size() <= 1 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String months(long n) {
        return Plural.count(n, "month");
    }

    /** Collects a judgment's facts, each once, with their citations; the facts' certainty and sources feed the confidence rule. */
    private final class Collecting {
        private final Question question;
        private final double weight;
        private final List<Citation> citations = new ArrayList<>();
        private final Map<String, Confidence.Basis> facts = new LinkedHashMap<>();

        Collecting(Question question, double weight) {
            this.question = question;
            this.weight = weight;
        }

        void fact(String type, DatedFact fact) {
            String key = Fact.keyOf(type, fact.id);
            if (!facts.containsKey(key)) {
                List<Citation> cited = data.citationsOf(type, fact.id);
                citations.addAll(cited);
                facts.put(key, basis(fact, cited));
            }
        }

        Judgment build(String text) {
            return new Judgment(question, text, List.copyOf(citations), java.util.Collections.unmodifiableMap(facts), weight);
        }
    }

    /** A fact as the confidence rule reads it: certainty, how many outlets cite it, its best source's grade (F when none is graded). */
    static Confidence.Basis basis(DatedFact fact, List<Citation> cited) {
        int outlets = (int) cited.stream().map(c -> c.source.outlet).distinct().count();
        Reliability best = cited.stream().map(c -> c.source.effectiveGrade()).min(Comparator.naturalOrder()).orElse(Reliability.F);
        return new Confidence.Basis(fact.certainty, outlets, best);
    }
}

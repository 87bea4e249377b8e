package io.labwatch.reports.build;

import io.labwatch.domain.compute.ComputeDeal;
import io.labwatch.domain.figures.FactFigures;
import io.labwatch.domain.figures.Money;
import io.labwatch.domain.figures.PercentChange;
import io.labwatch.domain.finance.FinancialMetric;
import io.labwatch.domain.finance.MetricBasis;
import io.labwatch.domain.finance.MetricSummary;
import io.labwatch.domain.funding.FundingRound;
import io.labwatch.domain.hire.Hire;
import io.labwatch.domain.hire.HireKind;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.shared.DatePrecision;
import io.labwatch.domain.shared.DatedFact;
import io.labwatch.domain.shared.TextRules;
import io.labwatch.domain.source.Citation;
import io.labwatch.domain.source.Footnotes;
import io.labwatch.domain.source.Source;
import io.labwatch.domain.watch.WatchItem;
import io.labwatch.domain.funding.ValuationMark;
import io.labwatch.reports.brief.Brief;
import io.labwatch.reports.brief.Chart;
import io.labwatch.reports.brief.ChartData;
import io.labwatch.reports.brief.BriefRequest;
import io.labwatch.reports.brief.Section;
import io.labwatch.reports.brief.Sentence;
import io.labwatch.reports.figures.NetArrivals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds a {@link Brief} from loaded data: pure and deterministic (no clock, stable orderings), so the same data
 * and request give the same brief. Sources are numbered in reading order: executive summary, then the sections
 * in the audience's order.
 */
public final class BriefBuilder {

    static final int TAKEAWAYS = 5;
    static final int POSITIONING_MOVES = 4;
    /** How many single-outlet facts "where the outlets diverge" names: the most significant ones. */
    static final int SINGLE_OUTLET_FACTS = 10;

    private final BriefData data;
    private final BriefRequest request;
    private final PeriodFacts facts;
    private final Footnotes footnotes = new Footnotes();

    private BriefBuilder(BriefData data) {
        this.data = data;
        this.request = data.request();
        this.facts = new PeriodFacts(data);
    }

    public static Brief build(BriefData data) {
        return new BriefBuilder(data).build();
    }

    private Brief build() {
        List<Fact> ranked = facts.ranked();
        List<KeyJudgments.Judgment> judged = new KeyJudgments(data, facts).write();
        // numbered first: the judgments open the brief, so their sources come first
        List<Brief.Judgment> judgments = judged.stream()
                .map(j -> new Brief.Judgment(j.question(), j.text(), footnotes.cite(j.citations()))).toList();
        Sentence confidence = confidence(judged);
        List<Sentence> summary = executiveSummary(ranked, judgments);
        List<Sentence> takeaways = List.of();
        List<Brief.TalentMove> moves = List.of();
        List<Brief.RoundOrValuation> rounds = List.of();
        List<Brief.Metric> metrics = List.of();
        List<Brief.Deal> deals = List.of();
        List<Brief.Development> developments = List.of();
        List<Brief.Coverage> coverage = List.of();
        List<Sentence> divergences = List.of();
        List<Brief.Positioning> positioning = List.of();
        List<Sentence> why = List.of();
        List<Brief.Watch> watch = List.of();
        List<Chart> charts = new ArrayList<>();
        for (Section section : request.audience().order) {
            switch (section) {
                case TAKEAWAYS -> takeaways = ranked.stream().limit(TAKEAWAYS).map(f -> sentence(f.sentence(), f.citations())).toList();
                case TALENT_MOVES -> {
                    moves = data.hires().stream().map(this::move).toList();
                    talentChart().ifPresent(charts::add);
                }
                case ROUNDS_AND_VALUATIONS -> {
                    rounds = roundsAndValuations();
                    charts.addAll(valuationCharts());
                }
                case METRICS -> metrics = data.metrics().stream().map(this::metric).toList();
                case COMPUTE_DEALS -> deals = data.deals().stream().map(this::deal).toList();
                // each kind its own table, the audience's kinds first, then by date as loaded
                case DEVELOPMENTS -> developments = data.others().stream()
                        .sorted(Comparator.comparingInt((BriefData.Other o) -> request.audience().rank(o.factKind())).thenComparing(BriefData.Other::title))
                        .map(this::development).toList();
                case COVERAGE -> {
                    coverage = coverage();
                    divergences = divergences(coverage.size());
                }
                case POSITIONING -> positioning = positioning();
                case WHY_IT_MATTERS -> why = new WhyItMatters(data, facts).write().stream().map(d -> sentence(d.text(), d.citations())).toList();
                case WATCH -> {
                    watch = new ArrayList<>(data.watchItems().stream().map(this::watch).toList());
                    watch.addAll(expectations());
                }
            }
        }
        List<Brief.SourceEntry> sources = new ArrayList<>();
        for (Source s : footnotes.sources()) {
            sources.add(new Brief.SourceEntry(sources.size() + 1, s.outlet, s.headline, s.author,
                    s.publishedOn == null ? null : DatePrecision.DAY.display(s.publishedOn), s.url, s.slug, s.publishedOn,
                    s.effectiveGrade() == io.labwatch.domain.source.Reliability.F ? null : s.effectiveGrade().name()));
        }
        List<String> labNames = data.labs().stream().map(l -> l.name).toList();
        return new Brief(request, headline(labNames), dateline(), request.labs().isEmpty() ? List.of("All labs") : labNames,
                summary, request.audience().order, judgments, confidence, takeaways, moves, rounds, metrics, deals, developments, coverage, divergences, positioning,
                WhyItMatters.title(request.audience()), why, watch, charts, sources, Methodology.of(data, facts, judged),
                java.util.stream.Stream.concat(facts.all.stream().map(f -> new Brief.FactKey(f.key(), f.sentence())),
                        data.others().stream().map(o -> new Brief.FactKey(Fact.keyOf(o.type(), o.fact().id), o.summary())))
                        .sorted(Comparator.comparing(Brief.FactKey::key)).toList());
    }

    private String headline(List<String> labNames) {
        String scope = request.labs().isEmpty() ? "Frontier AI labs" : String.join(", ", labNames);
        return scope + " — a brief for " + request.audience().readers + ", " + period();
    }

    /** "May 2026" for a whole calendar month, else "1 May 2026 to 15 June 2026". */
    private String period() {
        return wholeMonth() ? DatePrecision.MONTH.display(request.from())
                : DatePrecision.DAY.display(request.from()) + " to " + DatePrecision.DAY.display(request.to());
    }

    private boolean wholeMonth() {
        var from = request.from();
        return from.getDayOfMonth() == 1 && request.to().equals(from.withDayOfMonth(from.lengthOfMonth()));
    }

    private String dateline() {
        return "Facts from " + DatePrecision.DAY.display(request.from()) + " to " + DatePrecision.DAY.display(request.to())
                + ", as recorded by " + DatePrecision.DAY.display(request.asOf())
                + (request.minimumGrade() == null ? "" : ", reported by at least one source graded " + request.minimumGrade().name()
                        + (request.minimumGrade() == io.labwatch.domain.source.Reliability.A ? "" : " or better") + ungradedThen());
    }

    /**
     * Time travel to before Labwatch graded sources reads every source as ungraded, so a minimum grade leaves out every
     * fact of that past: the dateline says why.
     */
    private String ungradedThen() {
        return data.gradingBegan() == null ? "" : " (Labwatch began grading sources on " + DatePrecision.DAY.display(data.gradingBegan())
                + "; as recorded then, every source counts as ungraded)";
    }

    /** The confidence statement over every fact the judgments rest on, each fact once (rule "confidence"). */
    private Sentence confidence(List<KeyJudgments.Judgment> judged) {
        Map<String, io.labwatch.reports.figures.Confidence.Basis> rested = new LinkedHashMap<>();
        judged.forEach(j -> rested.putAll(j.facts()));
        return io.labwatch.reports.figures.Confidence.of(rested.values()).map(a -> new Sentence(a.sentence(), List.of())).orElse(null);
    }

    /** The first key judgment (else the most significant fact), then what the period recorded. */
    private List<Sentence> executiveSummary(List<Fact> ranked, List<Brief.Judgment> judgments) {
        if (ranked.isEmpty() && judgments.isEmpty()) {
            return List.of();
        }
        List<Sentence> out = new ArrayList<>();
        out.add(judgments.isEmpty() ? sentence(ranked.get(0).sentence(), ranked.get(0).citations())
                : new Sentence(judgments.get(0).text(), judgments.get(0).footnotes()));
        long senior = data.hires().stream().filter(PeriodFacts::isSeniorMove).count();
        List<String> parts = new ArrayList<>();
        if (senior > 0) {
            parts.add(senior + " senior talent move" + (senior == 1 ? "" : "s"));
        }
        if (!data.rounds().isEmpty()) {
            parts.add(data.rounds().size() + " funding round" + (data.rounds().size() == 1 ? "" : "s"));
        }
        if (!facts.valuationChanges.isEmpty()) {
            parts.add(facts.valuationChanges.size() + " valuation" + (facts.valuationChanges.size() == 1 ? "" : "s"));
        }
        if (!data.metrics().isEmpty()) {
            parts.add(data.metrics().size() + " reported metric" + (data.metrics().size() == 1 ? "" : "s"));
        }
        if (!data.deals().isEmpty()) {
            parts.add(data.deals().size() + " compute deal" + (data.deals().size() == 1 ? "" : "s"));
        }
        if (ranked.size() > 1 && !parts.isEmpty()) {
            List<Citation> all = ranked.stream().flatMap(f -> f.citations().stream()).toList();
            out.add(sentence("The period recorded " + join(parts) + ".", all));
        }
        return out;
    }

    /** How many labs get a valuation chart: those with the highest latest valuation. */
    static final int VALUATION_CHARTS = 4;

    /**
     * The valuation history up to the period's end of each lab with a mark in the period and one before it to draw a line
     * from, the highest valued first; each point footnoted.
     */
    private List<Chart> valuationCharts() {
        Map<Lab, List<ValuationMark>> byLab = new LinkedHashMap<>();
        data.marks().forEach(m -> byLab.computeIfAbsent(m.lab(), l -> new ArrayList<>()).add(m));
        return byLab.entrySet().stream()
                .filter(e -> e.getValue().size() >= 2 && e.getValue().stream().anyMatch(m -> !m.on().isBefore(request.from())))
                .sorted(Comparator.comparing((Map.Entry<Lab, List<ValuationMark>> e) -> latest(e.getValue()), Comparator.reverseOrder())
                        .thenComparing(e -> e.getKey().name))
                .limit(VALUATION_CHARTS)
                .map(e -> ChartData.valuations(e.getKey().name, e.getValue(), m -> footnotes.cite(data.citationsOf(m.citedType(), m.fact().id))))
                .toList();
    }

    private static BigDecimal latest(List<ValuationMark> marks) {
        return marks.stream().max(Comparator.comparing(ValuationMark::on)).map(ValuationMark::value).orElse(BigDecimal.ZERO);
    }

    /** Senior people who joined and left each lab in the period, when any moved. */
    private java.util.Optional<Chart> talentChart() {
        List<ChartData.Flow> flows = new ArrayList<>();
        for (Lab lab : data.labs()) {
            List<Hire> in = data.hires().stream().filter(PeriodFacts::isSeniorMove).filter(h -> h.toLab != null && h.toLab.id.equals(lab.id)).toList();
            List<Hire> out = facts.seniorDepartures(lab);
            if (!in.isEmpty() || !out.isEmpty()) {
                List<Citation> cited = new ArrayList<>();
                in.forEach(h -> cited.addAll(data.citationsOf("hire", h.id)));
                out.forEach(h -> cited.addAll(data.citationsOf("hire", h.id)));
                flows.add(new ChartData.Flow(lab.name, in.size(), out.size(), footnotes.cite(cited)));
            }
        }
        return flows.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(ChartData.talentFlows(periodInWords(), flows));
    }

    /** The period with its preposition: "in May 2026", "from 1 May 2026 to 15 June 2026". */
    private String periodInWords() {
        return (wholeMonth() ? "in " : "from ") + period();
    }

    private Brief.TalentMove move(Hire h) {
        return new Brief.TalentMove(h.person.name, h.fromLab == null ? null : h.fromLab.name, h.toLab == null ? null : h.toLab.name,
                TextRules.words(h.kind.name()), h.role, h.team, h.reportsTo == null ? null : h.reportsTo.name,
                h.datePrecision.display(h.announcedOn), TextRules.words(h.seniority.name()), TextRules.words(h.certainty.name()),
                footnotes.cite(data.citationsOf("hire", h.id)),
                h.id, h.person.slug, slug(h.fromLab), slug(h.toLab), h.announcedOn, h.datePrecision);
    }

    private List<Brief.RoundOrValuation> roundsAndValuations() {
        List<Brief.RoundOrValuation> rows = new ArrayList<>();
        for (FundingRound r : data.rounds()) {
            rows.add(new Brief.RoundOrValuation(r.lab.name, "Round: " + r.name, r.datePrecision.display(r.announcedOn),
                    FactFigures.money(r, r.amountRaised, r.amountRaisedLow, r.amountRaisedHigh),
                    FactFigures.money(r, r.postMoneyValuation, r.postMoneyValuationLow, r.postMoneyValuationHigh),
                    r.estimated ? "post-money, estimated" : "post-money", null, null,
                    TextRules.words(r.certainty.name()), footnotes.cite(data.citationsOf("fundingRound", r.id)),
                    Fact.keyOf("fundingRound", r.id), r.lab.slug, r.announcedOn, r.datePrecision, number(r.inUsd(r.amountRaised)),
                    number(r.inUsd(r.postMoneyValuation)), null, null, null, number(r.inUsd(r.amountRaisedLow)),
                    number(r.inUsd(r.amountRaisedHigh)), number(r.inUsd(r.postMoneyValuationLow)), number(r.inUsd(r.postMoneyValuationHigh)),
                    r.estimated));
        }
        for (PeriodFacts.ValuationChange c : facts.valuationChanges) {
            var v = c.valuation();
            List<Citation> cited = new ArrayList<>(data.citationsOf("valuation", v.id));
            cited.addAll(c.previousCitations(data));
            rows.add(new Brief.RoundOrValuation(v.lab.name, "Valuation", v.datePrecision.display(v.asOf), null,
                    FactFigures.money(v, v.value, v.valueLow, v.valueHigh), TextRules.words(v.basis.name()) + (v.estimated ? ", estimated" : ""), c.amount() == null ? null : (c.amount().signum() >= 0 ? "+" : "-") + Money.compact(c.amount().abs()),
                    c.percent().map(PercentChange::signed).orElse(null),
                    TextRules.words(v.certainty.name()), footnotes.cite(cited),
                    Fact.keyOf("valuation", v.id), v.lab.slug, v.asOf, v.datePrecision, null, number(v.inUsd(v.value)), number(c.amount()),
                    c.percent().orElse(null), v.basis, null, null, number(v.inUsd(v.valueLow)), number(v.inUsd(v.valueHigh)), v.estimated));
        }
        return rows;
    }

    private Brief.Metric metric(FinancialMetric m) {
        MetricBasis basis = m.basis == null ? MetricBasis.UNSTATED : m.basis;
        return new Brief.Metric(m.lab.name, TextRules.words(m.metric.name()), m.period, MetricSummary.value(m), m.scope,
                TextRules.words(m.certainty.name()), footnotes.cite(data.citationsOf("financialMetric", m.id)),
                m.id, m.lab.slug, number(m.metric.isMoney() ? m.inUsd(m.value) : m.value), m.metric.isMoney() ? "USD" : "count", m.metric, m.reportedOn,
                basis.words + (m.estimated ? ", estimated" : ""), basis, m.estimated, number(m.metric.isMoney() ? m.inUsd(m.valueLow) : m.valueLow),
                number(m.metric.isMoney() ? m.inUsd(m.valueHigh) : m.valueHigh));
    }

    private Brief.Deal deal(ComputeDeal d) {
        return new Brief.Deal(d.buyer.name, d.provider.name, d.facility, d.location, d.capacity, d.datePrecision.display(d.announcedOn),
                TextRules.words(d.certainty.name()), footnotes.cite(data.citationsOf("computeDeal", d.id)),
                d.id, d.buyer.slug, d.provider.slug, d.announcedOn, d.datePrecision);
    }

    private Brief.Development development(BriefData.Other o) {
        DatedFact f = o.fact();
        return new Brief.Development(o.noun(), o.title(), f.displayDate(), o.summary(), TextRules.words(f.certainty.name()),
                footnotes.cite(data.citationsOf(o.type(), f.id)), f.id, f.occurredOn(), f.datePrecision);
    }

    /** The sources that report the period's facts, oldest first. */
    private List<Brief.Coverage> coverage() {
        Map<Long, Source> sources = new LinkedHashMap<>();
        facts.all.forEach(f -> f.citations().forEach(c -> sources.putIfAbsent(c.source.id, c.source)));
        return sources.values().stream()
                .sorted(Comparator.comparing((Source s) -> s.publishedOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(s -> s.outlet).thenComparing(s -> s.headline))
                .map(s -> new Brief.Coverage(s.outlet, s.headline, s.focusAngle, s.keyQuote, footnotes.number(s))).toList();
    }

    /**
     * Where the outlets diverge: what one outlet alone added to a fact others also reported (its citation note),
     * then the most significant facts that only one outlet reported. Said only when at least two outlets cover the period.
     */
    private List<Sentence> divergences(int coverageSize) {
        Set<String> outlets = facts.all.stream().flatMap(f -> f.citations().stream()).map(c -> c.source.outlet)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (coverageSize < 2 || outlets.size() < 2) {
            return List.of();
        }
        List<Sentence> out = new ArrayList<>();
        for (Fact f : facts.all) {
            Set<String> citing = f.citations().stream().map(c -> c.source.outlet).collect(Collectors.toSet());
            if (citing.size() >= 2) {
                f.citations().stream().filter(c -> c.note != null && !c.note.isBlank())
                        .forEach(c -> out.add(sentence(c.source.outlet + ", on " + f.summary() + ": " + c.note + ".", List.of(c))));
            }
        }
        List<Fact> singleOutlet = facts.ranked().stream()
                .filter(f -> f.citations().stream().map(c -> c.source.outlet).distinct().count() == 1).limit(SINGLE_OUTLET_FACTS).toList();
        for (Fact f : facts.all) {
            Set<String> citing = f.citations().stream().map(c -> c.source.outlet).collect(Collectors.toCollection(LinkedHashSet::new));
            if (singleOutlet.contains(f)) {
                // One outlet among the sources Labwatch holds: single-sourced, which is not the same as outlets disagreeing.
                out.add(sentence("Single-sourced (" + citing.iterator().next() + "): " + f.summary() + ".", f.citations()));
            }
        }
        return out;
    }

    /** Each lab's newest senior arrivals of the period (rule "net arrivals": who left again says so), and its emphasis. */
    private List<Brief.Positioning> positioning() {
        List<Brief.Positioning> rows = new ArrayList<>();
        for (Lab lab : data.labs()) {
            NetArrivals.Result arrivals = facts.arrivals(lab);
            List<Hire> recent = data.hires().stream().filter(h -> arrivals.stayed().contains(h) || arrivals.leftAgain().containsKey(h))
                    .sorted(Comparator.comparing((Hire h) -> h.announcedOn).thenComparing(h -> h.id).reversed()).limit(POSITIONING_MOVES).toList();
            if (recent.isEmpty() && lab.statedEmphasis == null) {
                continue;
            }
            List<Citation> cited = new ArrayList<>();
            recent.forEach(h -> {
                cited.addAll(data.citationsOf("hire", h.id));
                Hire left = arrivals.leftAgain().get(h);
                if (left != null) {
                    cited.addAll(data.citationsOf("hire", left.id));
                }
            });
            if (lab.statedEmphasis != null) {
                cited.addAll(data.citationsOf("lab", lab.id));
            }
            String text = recent.stream().map(h -> {
                Hire left = arrivals.leftAgain().get(h);
                return lastName(h.person.name) + " (" + (h.kind == HireKind.FOUNDED ? "founder, " : "") + h.datePrecision.display(h.announcedOn)
                        + (left == null ? "" : "; left " + left.datePrecision.inWords(left.announcedOn)) + ")";
            }).collect(Collectors.joining("; "));
            rows.add(new Brief.Positioning(lab.name, text.isEmpty() ? null : text, lab.statedEmphasis, footnotes.cite(cited)));
        }
        return rows;
    }

    /**
     * Computed expectations (rule "round cadence"): for each lab with two rounds or more up to the period's end, when its
     * next round would come at its median pace, marked as computed, not as a likelihood; every round counted is footnoted.
     */
    private List<Brief.Watch> expectations() {
        record Expected(long overdueBy, java.time.LocalDate due, String lab, String detail, List<Citation> cited) {
        }
        List<Expected> found = new ArrayList<>();
        for (Lab lab : data.labs()) {
            List<FundingRound> rounds = facts.roundsToDate(lab);
            io.labwatch.reports.figures.RoundCadence.of(rounds.stream().map(r -> r.announcedOn).toList(), request.to()).ifPresent(c -> {
                java.time.LocalDate due = c.last().plusMonths(c.median());
                List<Citation> cited = rounds.stream().flatMap(r -> data.citationsOf("fundingRound", r.id).stream()).toList();
                String pace = "its median pace, " + Plural.count(c.median(), "month") + " between its " + c.rounds() + " rounds";
                found.add(new Expected(c.sinceLast() - c.median(), due, lab.name, c.overdue() ? "No round recorded for " + c.sinceLast()
                        + " months, past " + pace + "; by that pace one was due in " + DatePrecision.MONTH.display(due) + "."
                        : "At " + pace + ", the next would come around " + DatePrecision.MONTH.display(due) + ".", cited));
            });
        }
        // the most overdue first, then the soonest due; at most EXPECTATIONS, numbered only once chosen
        return found.stream().sorted(Comparator.comparingLong((Expected e) -> -Math.max(0, e.overdueBy())).thenComparing(Expected::due)
                        .thenComparing(Expected::lab)).limit(EXPECTATIONS)
                .map(e -> new Brief.Watch("Next funding round (computed expectation)", e.lab(), null, e.detail(), footnotes.cite(e.cited())))
                .toList();
    }

    /** At most this many computed expectations: a brief over every lab would otherwise list hundreds. */
    static final int EXPECTATIONS = 10;

    private Brief.Watch watch(WatchItem w) {
        return new Brief.Watch(w.question, w.lab == null ? null : w.lab.name, w.dueBy == null ? null : DatePrecision.DAY.display(w.dueBy),
                w.detail, footnotes.cite(data.citationsOf("watchItem", w.id)));
    }

    private Sentence sentence(String text, List<Citation> citations) {
        return new Sentence(text, footnotes.cite(citations));
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /**
     * An amount for programs: 900000000000, not the 900000000000.00 the database gives back, so a figure reads the
     * same however it was loaded (the JSON writes it in plain digits, see {@link BriefService#json}).
     */
    private static BigDecimal number(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros();
    }

    private static String slug(Lab lab) {
        return lab == null ? null : lab.slug;
    }

    private static String lastName(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }
}

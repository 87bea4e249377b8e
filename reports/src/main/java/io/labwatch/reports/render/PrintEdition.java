package io.labwatch.reports.render;

import io.labwatch.reports.brief.Brief;
import io.labwatch.reports.brief.Section;
import io.labwatch.reports.brief.Sentence;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A brief cut down for print: each table keeps its first {@value #ROWS} rows, each sentence and row its first
 * {@value #REFS} footnotes, and the sources list the sources still cited. A brief over every lab can hold tens of thousands of rows, which a PDF lays out
 * slowly and in a lot of memory (it ran out of a 512 MB heap); the HTML, Markdown and JSON keep everything.
 */
record PrintEdition(Brief brief, Map<Section, Integer> omitted) {

    static final int ROWS = 200;
    /** Footnotes kept per sentence or row: a point about a busy lab can cite hundreds of sources. */
    static final int REFS = 8;

    static PrintEdition of(Brief b) {
        Map<Section, Integer> omitted = new EnumMap<>(Section.class);
        List<Brief.TalentMove> moves = cap(b.talentMoves(), Section.TALENT_MOVES, omitted).stream()
                .map(m -> m.withFootnotes(refs(m.footnotes()))).toList();
        List<Brief.RoundOrValuation> rounds = cap(b.roundsAndValuations(), Section.ROUNDS_AND_VALUATIONS, omitted).stream()
                .map(r -> r.withFootnotes(refs(r.footnotes()))).toList();
        List<Brief.Metric> metrics = cap(b.metrics(), Section.METRICS, omitted).stream().map(m -> m.withFootnotes(refs(m.footnotes()))).toList();
        List<Brief.Deal> deals = cap(b.computeDeals(), Section.COMPUTE_DEALS, omitted).stream()
                .map(d -> d.withFootnotes(refs(d.footnotes()))).toList();
        List<Brief.Development> developments = cap(b.developments(), Section.DEVELOPMENTS, omitted).stream()
                .map(d -> d.withFootnotes(refs(d.footnotes()))).toList();
        List<Brief.Coverage> coverage = cap(b.coverage(), Section.COVERAGE, omitted);
        List<Brief.Positioning> positioning = cap(b.positioning(), Section.POSITIONING, omitted).stream()
                .map(p -> p.withFootnotes(refs(p.footnotes()))).toList();
        List<Brief.Watch> watch = b.watch().stream().map(w -> w.withFootnotes(refs(w.footnotes()))).toList();
        List<Sentence> summary = sentences(b.executiveSummary());
        List<Brief.Judgment> judgments = b.judgments().stream().map(j -> j.withFootnotes(refs(j.footnotes()))).toList();
        List<Sentence> takeaways = sentences(b.takeaways());
        List<Sentence> divergences = sentences(b.divergences());
        List<Sentence> why = sentences(b.whyItMatters());

        Set<Integer> cited = new HashSet<>();
        for (List<Sentence> text : List.of(summary, takeaways, divergences, why)) {
            text.forEach(s -> cited.addAll(s.footnotes()));
        }
        collect(cited, judgments, Brief.Judgment::footnotes);
        collect(cited, moves, Brief.TalentMove::footnotes);
        collect(cited, rounds, Brief.RoundOrValuation::footnotes);
        collect(cited, metrics, Brief.Metric::footnotes);
        collect(cited, deals, Brief.Deal::footnotes);
        collect(cited, developments, Brief.Development::footnotes);
        collect(cited, positioning, Brief.Positioning::footnotes);
        collect(cited, watch, Brief.Watch::footnotes);
        b.charts().forEach(c -> c.points().forEach(p -> cited.addAll(refs(p.footnotes()))));
        coverage.forEach(c -> cited.add(c.footnote()));
        List<Brief.SourceEntry> sources = b.sources().stream().filter(s -> cited.contains(s.number())).toList();
        return new PrintEdition(new Brief(b.request(), b.headline(), b.dateline(), b.labNames(), summary, b.sectionOrder(),
                judgments, b.confidence(), takeaways, moves, rounds, metrics, deals, developments, coverage, divergences, positioning, b.whyItMattersTitle(), why,
                watch, b.charts().stream().map(c -> new io.labwatch.reports.brief.Chart(c.kind(), c.title(), c.description(), c.valueLabel(),
                        c.points().stream().map(p -> new io.labwatch.reports.brief.Chart.Point(p.label(), p.on(), p.value(), p.display(), p.low(),
                                p.high(), p.estimated(), p.rumoured(), p.note(), p.other(), refs(p.footnotes()))).toList())).toList(),
                sources, b.methodology(), b.facts()), omitted);
    }

    private static List<Sentence> sentences(List<Sentence> text) {
        return text.stream().map(s -> new Sentence(s.text(), refs(s.footnotes()))).toList();
    }

    private static List<Integer> refs(List<Integer> footnotes) {
        return footnotes.size() <= REFS ? footnotes : footnotes.subList(0, REFS);
    }

    private static <T> List<T> cap(List<T> rows, Section section, Map<Section, Integer> omitted) {
        if (rows.size() <= ROWS) {
            return rows;
        }
        omitted.put(section, rows.size() - ROWS);
        return rows.subList(0, ROWS);
    }

    private static <T> void collect(Set<Integer> cited, List<T> rows, Function<T, List<Integer>> footnotes) {
        rows.forEach(r -> cited.addAll(footnotes.apply(r)));
    }
}

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
 * A brief cut down for print: each table keeps its first {@value #ROWS} rows and the sources list keeps the sources
 * those rows and the text still cite. A brief over every lab can hold tens of thousands of rows, which a PDF lays out
 * slowly and in a lot of memory (it ran out of a 512 MB heap); the HTML, Markdown and JSON keep everything.
 */
record PrintEdition(Brief brief, Map<Section, Integer> omitted) {

    static final int ROWS = 200;

    static PrintEdition of(Brief b) {
        Map<Section, Integer> omitted = new EnumMap<>(Section.class);
        List<Brief.TalentMove> moves = cap(b.talentMoves(), Section.TALENT_MOVES, omitted);
        List<Brief.RoundOrValuation> rounds = cap(b.roundsAndValuations(), Section.ROUNDS_AND_VALUATIONS, omitted);
        List<Brief.Metric> metrics = cap(b.metrics(), Section.METRICS, omitted);
        List<Brief.Deal> deals = cap(b.computeDeals(), Section.COMPUTE_DEALS, omitted);
        List<Brief.Coverage> coverage = cap(b.coverage(), Section.COVERAGE, omitted);
        List<Brief.Positioning> positioning = cap(b.positioning(), Section.POSITIONING, omitted);
        if (omitted.isEmpty()) {
            return new PrintEdition(b, omitted);
        }
        Set<Integer> cited = new HashSet<>();
        for (List<Sentence> text : List.of(b.executiveSummary(), b.takeaways(), b.divergences(), b.whyItMatters())) {
            text.forEach(s -> cited.addAll(s.footnotes()));
        }
        collect(cited, moves, Brief.TalentMove::footnotes);
        collect(cited, rounds, Brief.RoundOrValuation::footnotes);
        collect(cited, metrics, Brief.Metric::footnotes);
        collect(cited, deals, Brief.Deal::footnotes);
        collect(cited, positioning, Brief.Positioning::footnotes);
        collect(cited, b.watch(), Brief.Watch::footnotes);
        coverage.forEach(c -> cited.add(c.footnote()));
        List<Brief.SourceEntry> sources = b.sources().stream().filter(s -> cited.contains(s.number())).toList();
        return new PrintEdition(new Brief(b.request(), b.headline(), b.dateline(), b.labNames(), b.executiveSummary(), b.sectionOrder(),
                b.takeaways(), moves, rounds, metrics, deals, coverage, b.divergences(), positioning, b.whyItMattersTitle(), b.whyItMatters(),
                b.watch(), sources, b.facts()), omitted);
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

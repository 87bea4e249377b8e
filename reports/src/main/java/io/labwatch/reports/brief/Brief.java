package io.labwatch.reports.brief;

import java.util.List;

/**
 * A stakeholder brief as structured data, ready to render. Every sentence and row that states a fact carries the
 * numbers of its sources; {@code sources} lists exactly the sources used, numbered in order of first use.
 * Empty sections are empty lists and are left out by the renderers.
 */
public record Brief(
        BriefRequest request,
        String headline,
        String dateline,
        List<String> labNames,
        List<Sentence> executiveSummary,
        List<Section> sectionOrder,
        List<Sentence> takeaways,
        List<TalentMove> talentMoves,
        List<RoundOrValuation> roundsAndValuations,
        List<Metric> metrics,
        List<Deal> computeDeals,
        List<Coverage> coverage,
        List<Sentence> divergences,
        List<Positioning> positioning,
        String whyItMattersTitle,
        List<Sentence> whyItMatters,
        List<Watch> watch,
        List<SourceEntry> sources,
        List<FactKey> facts) {

    /** A row of the talent-moves table. */
    public record TalentMove(String person, String from, String to, String kind, String role, String team, String reportsTo,
            String date, String seniority, String certainty, List<Integer> footnotes) {
    }

    /** A row of the rounds-and-valuations table; change is against the lab's previous valuation. */
    public record RoundOrValuation(String lab, String event, String date, String amountRaised, String valuation,
            String basis, String changeAmount, String changePercent, String certainty, List<Integer> footnotes) {
    }

    /** A row of the metrics table. */
    public record Metric(String lab, String metric, String period, String value, String scope, String certainty,
            List<Integer> footnotes) {
    }

    /** A row of the compute-deals table. */
    public record Deal(String buyer, String provider, String facility, String location, String capacity, String date,
            String certainty, List<Integer> footnotes) {
    }

    /** A row of the media-coverage table: one source. */
    public record Coverage(String outlet, String headline, String focusAngle, String keyQuote, int footnote) {
        /** The key quote in curly quotes; quotes inside it become single ones, so none nest: “Anthropic ‘poised …’”. */
        public String quoted() {
            if (keyQuote == null) {
                return null;
            }
            StringBuilder inner = new StringBuilder();
            boolean open = true;
            for (char c : keyQuote.toCharArray()) {
                if (c == '"' || c == '“' || c == '”') {
                    inner.append(c == '“' ? '‘' : c == '”' ? '’' : open ? '‘' : '’');
                    open = c == '"' ? !open : c == '”';
                } else {
                    inner.append(c);
                }
            }
            return "“" + inner + "”";
        }

    }

    /** A row of the positioning table. */
    public record Positioning(String lab, String recentSeniorMoves, String statedEmphasis, List<Integer> footnotes) {
    }

    /** An open watch item. */
    public record Watch(String question, String lab, String dueBy, String detail, List<Integer> footnotes) {
    }

    /** A numbered source. */
    public record SourceEntry(int number, String outlet, String headline, String author, String publishedOn, String url) {
    }

    /** A fact the brief states, by stable key and a signature of its values, for "what changed" between briefs. */
    public record FactKey(String key, String statement) {
    }
}

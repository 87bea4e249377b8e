package io.labwatch.reports.brief;

import io.labwatch.domain.finance.MetricBasis;
import io.labwatch.domain.finance.MetricKind;
import io.labwatch.domain.funding.ValuationBasis;
import io.labwatch.domain.shared.DatePrecision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A stakeholder brief as structured data, ready to render. Every sentence and row that states a fact carries the
 * numbers of its sources; {@code sources} lists exactly the sources used, numbered in order of first use.
 * Empty sections are empty lists and are left out by the renderers.
 *
 * <p>The display strings ("$900B", "+12.5%", "May 2026") are for reading. So that a program can use the JSON, each
 * table row also carries, after its footnotes, the raw values: ids and slugs, ISO dates with how precise they are (a
 * move known as "May 2026" is 2026-05-01, MONTH) and amounts as numbers (USD, or a count). Renderers show only the
 * display strings. {@code withFootnotes} copies a row with fewer footnotes, as the print edition cuts them.
 */
public record Brief(
        BriefRequest request,
        String headline,
        String dateline,
        List<String> labNames,
        List<Sentence> executiveSummary,
        List<Section> sectionOrder,
        List<Judgment> judgments,
        Sentence confidence,
        List<Sentence> takeaways,
        List<TalentMove> talentMoves,
        List<RoundOrValuation> roundsAndValuations,
        List<Metric> metrics,
        List<Deal> computeDeals,
        List<Development> developments,
        List<Coverage> coverage,
        List<Sentence> divergences,
        List<Positioning> positioning,
        String whyItMattersTitle,
        List<Sentence> whyItMatters,
        List<Watch> watch,
        List<Chart> charts,
        List<SourceEntry> sources,
        List<String> methodology,
        List<FactKey> facts) {

    /**
     * A key judgment: the answer to one of the audience's questions, computed by a named rule, with the sources of every
     * fact it rests on.
     */
    public record Judgment(Question question, String text, List<Integer> footnotes) {

        public Judgment withFootnotes(List<Integer> cut) {
            return new Judgment(question, text, cut);
        }
    }

    /** A row of the talent-moves table; {@code id} is the hire's. */
    public record TalentMove(String person, String from, String to, String kind, String role, String team, String reportsTo,
            String date, String seniority, String certainty, List<Integer> footnotes,
            Long id, String personSlug, String fromSlug, String toSlug, LocalDate isoDate, DatePrecision datePrecision) {

        public TalentMove withFootnotes(List<Integer> cut) {
            return new TalentMove(person, from, to, kind, role, team, reportsTo, date, seniority, certainty, cut,
                    id, personSlug, fromSlug, toSlug, isoDate, datePrecision);
        }
    }

    /**
     * A row of the rounds-and-valuations table; change is against the lab's previous valuation. {@code key} is the
     * fact's ({@code fundingRound:12}, {@code valuation:7}, as in {@link FactKey}, which leaves out a valuation stated
     * with its round of the period). Amounts are in USD, null when unknown or (the change) when there is none;
     * {@code changePct} follows the rule "percent change"; {@code valuationBasis} is null on a round's row, whose
     * valuation is its post-money. Where a figure is known only within a range, {@code ...LowUsd} and {@code ...HighUsd}
     * give it (the point, what sums and changes use, lies in it); {@code estimated} says the figures are estimates.
     */
    public record RoundOrValuation(String lab, String event, String date, String amountRaised, String valuation,
            String basis, String changeAmount, String changePercent, String certainty, List<Integer> footnotes,
            String key, String labSlug, LocalDate isoDate, DatePrecision datePrecision, BigDecimal amountRaisedUsd, BigDecimal valuationUsd,
            BigDecimal changeUsd, BigDecimal changePct, ValuationBasis valuationBasis, BigDecimal amountRaisedLowUsd,
            BigDecimal amountRaisedHighUsd, BigDecimal valuationLowUsd, BigDecimal valuationHighUsd, Boolean estimated) {

        public RoundOrValuation withFootnotes(List<Integer> cut) {
            return new RoundOrValuation(lab, event, date, amountRaised, valuation, basis, changeAmount, changePercent, certainty, cut,
                    key, labSlug, isoDate, datePrecision, amountRaisedUsd, valuationUsd, changeUsd, changePct, valuationBasis,
                    amountRaisedLowUsd, amountRaisedHighUsd, valuationLowUsd, valuationHighUsd, estimated);
        }
    }

    /**
     * A row of the metrics table; {@code number} (and the range {@code numberLow}–{@code numberHigh}, where the figure is
     * one) is in {@code unit}: "USD" for money metrics, "count" for the others. {@code basis} says what the figure is
     * ("annualised run-rate, estimated"), {@code basisCode} the same as a constant.
     */
    public record Metric(String lab, String metric, String period, String value, String scope, String certainty,
            List<Integer> footnotes, Long id, String labSlug, BigDecimal number, String unit, MetricKind kind, LocalDate reportedOn,
            String basis, MetricBasis basisCode, Boolean estimated, BigDecimal numberLow, BigDecimal numberHigh) {

        public Metric withFootnotes(List<Integer> cut) {
            return new Metric(lab, metric, period, value, scope, certainty, cut, id, labSlug, number, unit, kind, reportedOn, basis,
                    basisCode, estimated, numberLow, numberHigh);
        }
    }

    /** A row of the compute-deals table. */
    public record Deal(String buyer, String provider, String facility, String location, String capacity, String date,
            String certainty, List<Integer> footnotes, Long id, String buyerSlug, String providerSlug, LocalDate isoDate,
            DatePrecision datePrecision) {

        public Deal withFootnotes(List<Integer> cut) {
            return new Deal(buyer, provider, facility, location, capacity, date, certainty, cut, id, buyerSlug, providerSlug, isoDate,
                    datePrecision);
        }
    }

    /** The developments by their group, in the order the groups first come: one table each. */
    public static java.util.Map<String, List<Development>> byGroup(List<Development> developments) {
        java.util.Map<String, List<Development>> groups = new java.util.LinkedHashMap<>();
        developments.forEach(d -> groups.computeIfAbsent(d.group() == null ? d.kind() : d.group(), g -> new java.util.ArrayList<>()).add(d));
        return groups;
    }

    /**
     * A fact of a kind without sections of its own, as its kind summarises it (a model release, ...); {@code group} heads
     * the kind's table ("Acquisitions"), the audience's kinds first.
     */
    public record Development(String kind, String group, String date, String summary, String certainty, List<Integer> footnotes, Long id,
            LocalDate isoDate, DatePrecision datePrecision) {

        public Development withFootnotes(List<Integer> cut) {
            return new Development(kind, group, date, summary, certainty, cut, id, isoDate, datePrecision);
        }
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

        public Positioning withFootnotes(List<Integer> cut) {
            return new Positioning(lab, recentSeniorMoves, statedEmphasis, cut);
        }
    }

    /** An open watch item. */
    public record Watch(String question, String lab, String dueBy, String detail, List<Integer> footnotes) {

        public Watch withFootnotes(List<Integer> cut) {
            return new Watch(question, lab, dueBy, detail, cut);
        }
    }

    /** A numbered source; {@code publishedOn} is for display ("19 May 2026"), {@code isoPublishedOn} for programs. */
    /** A numbered source; {@code reliability} is its grade (A–E) where one is known, null where it cannot be judged (F). */
    public record SourceEntry(int number, String outlet, String headline, String author, String publishedOn, String url,
            String slug, LocalDate isoPublishedOn, String reliability) {
    }

    /** A fact the brief states, by stable key and a signature of its values, for "what changed" between briefs. */
    public record FactKey(String key, String statement) {

        /** The fact id a stable key names ("valuation:7": 7; fact ids are one sequence for every kind), or null for none. */
        public static Long idOf(String key) {
            try {
                return key == null ? null : Long.parseLong(key.substring(key.lastIndexOf(':') + 1));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}

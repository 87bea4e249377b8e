package io.labwatch.reports.build;

import io.labwatch.domain.shared.DatePrecision;
import io.labwatch.domain.source.Citation;
import io.labwatch.domain.source.Reliability;
import io.labwatch.reports.brief.BriefRequest;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * "Methodology and limits": what the brief covers and how it was reasoned, in sentences true of this brief — its scope,
 * period and moment, how many facts it rests on and how many of them one outlet alone carries, which questions the
 * key judgments answer, and the vocabulary of certainty, confidence and likelihood.
 */
final class Methodology {

    private Methodology() {
    }

    static List<String> of(BriefData data, PeriodFacts facts, List<KeyJudgments.Judgment> judged) {
        BriefRequest r = data.request();
        String scope = r.labs().isEmpty() ? "every lab Labwatch tracks (" + data.labs().size() + ")"
                : data.labs().stream().map(l -> l.name).collect(Collectors.joining(", "));
        String grade = r.minimumGrade() == null ? "" : ", and only facts that at least one source graded " + r.minimumGrade().name()
                + (r.minimumGrade() == Reliability.A ? "" : " or better") + " reports";
        List<List<Citation>> cited = Stream.concat(facts.all.stream().map(Fact::citations),
                data.others().stream().map(o -> data.citationsOf(o.type(), o.fact().id))).toList();
        long single = cited.stream().filter(c -> c.stream().map(x -> x.source.outlet).distinct().count() <= 1).count();
        String questions = r.audience().questions.stream().map(q -> q.title.toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", "));
        String answered = judged.stream().map(KeyJudgments.Judgment::question).distinct().count() + " of "
                + r.audience().questions.size();
        return List.of(
                "Scope: " + scope + "; facts that happened from " + DatePrecision.DAY.display(r.from()) + " to "
                        + DatePrecision.DAY.display(r.to()) + ", as Labwatch had recorded them by the end of "
                        + DatePrecision.DAY.display(r.asOf()) + grade + ".",
                "The brief rests on " + cited.size() + (cited.size() == 1 ? " fact" : " facts") + "; " + single + " of them "
                        + (single == 1 ? "is" : "are") + " single-sourced (one outlet among the sources Labwatch holds).",
                "Key judgments answer the questions Labwatch asks for " + r.audience().readers + " (" + questions + "); the data answered "
                        + answered + ". A question the data cannot answer is left out, never guessed. Each judgment comes from a named"
                        + " rule (Labwatch's docs/briefs.md) and footnotes every fact it rests on.",
                "Certainty: a fact without a qualifier is confirmed by the party or on the record; \"Reportedly\" marks a fact reported"
                        + " but not confirmed; \"Unconfirmed\" a rumour. Sources are graded A (completely reliable) to E (unreliable), or"
                        + " ungraded where reliability cannot be judged.",
                "Confidence (high, moderate, low) follows from the certainty of the facts the judgments rest on, how many outlets carry"
                        + " them and their sources' grades. Likelihood words (\"likely\", \"very likely\") are used only where a rule with a"
                        + " stated base rate produces them; \"Computed expectation\" marks a figure a rule projects from a lab's own record.",
                "Limits: Labwatch holds what public sources report. Undisclosed terms, people below the seniority recorded and events"
                        + " no source reports are absent, so counts are lower bounds; money in other currencies is compared in US dollars at"
                        + " the rate recorded with each fact.");
    }
}

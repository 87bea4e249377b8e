package io.labwatch.reports.build;

import io.labwatch.domain.funding.ValuationMark;
import io.labwatch.domain.funding.ValuationMarks;
import io.labwatch.domain.compute.ComputeDeal;
import io.labwatch.domain.finance.FinancialMetric;
import io.labwatch.domain.funding.FundingRound;
import io.labwatch.domain.funding.Valuation;
import io.labwatch.domain.hire.Hire;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.shared.DatedFact;
import io.labwatch.domain.source.Citation;
import io.labwatch.domain.watch.WatchItem;
import io.labwatch.reports.brief.BriefRequest;
import java.util.List;
import java.util.Map;

/**
 * Everything a brief is built from, loaded in a fixed number of statements. {@code valuations} reaches back
 * before the period so that each valuation in it can be compared with the one before; {@code marks} is the valuation
 * history up to the period's end, from valuation records and rounds' post-money ({@link ValuationMarks}). Citations are by fact type,
 * then fact id. {@code gradingBegan} is the day Labwatch began grading sources when the brief's moment precedes it
 * (every source then reads as ungraded), else null. {@code roundsToDate} are the scoped labs' rounds up to the period's end, with or
 * without a valuation, for the rule "round cadence".
 */
public record BriefData(BriefRequest request, List<Lab> labs, List<Hire> hires,
        List<FundingRound> rounds, List<Valuation> valuations, List<FinancialMetric> metrics, List<ComputeDeal> deals,
        List<WatchItem> watchItems, List<Other> others, Map<String, Map<Long, List<Citation>>> citations, List<ValuationMark> marks,
        java.time.LocalDate gradingBegan, List<FundingRound> roundsToDate) {

    /** A fact of a kind without brief sections of its own, with its kind's noun, type name and summary. */
    /** A fact of a kind without sections of its own: its kind (HIRE, ...), the kind's noun and title, its cited type and summary. */
    public record Other(DatedFact fact, String factKind, String noun, String title, String type, String summary) {
    }

    public List<Citation> citationsOf(String type, Long id) {
        return citations.getOrDefault(type, Map.of()).getOrDefault(id, List.of());
    }
}

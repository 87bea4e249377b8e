package io.labwatch.web.shared;

import io.labwatch.domain.figures.FactFigures;
import io.labwatch.domain.figures.Money;
import io.labwatch.domain.finance.MetricSummary;
import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.util.Locale;

/** Display values computed for templates, so that templates hold no logic. */
@TemplateExtension
public class DisplayExtensions {

    /** $900B, $10.9B. */
    static String money(BigDecimal amount) {
        return Money.compact(amount);
    }

    /** A source's grade for a reader: "B · usually reliable"; "not graded" where it cannot be judged (F) or none is stored. */
    static String graded(io.labwatch.domain.source.Source source) {
        io.labwatch.domain.source.Reliability grade = source.effectiveGrade();
        return grade == io.labwatch.domain.source.Reliability.F ? "not graded" : grade.name() + " · " + grade.words;
    }

    /** A round's amount raised as a point, a range or both ("≈" when estimated); "—" when unknown. */
    static String raised(io.labwatch.domain.funding.FundingRound r) {
        String text = FactFigures.money(r, r.amountRaised, r.amountRaisedLow, r.amountRaisedHigh);
        return text == null ? "—" : text;
    }

    /** A round's post-money valuation as a point, a range or both; "—" when unknown. */
    static String postMoney(io.labwatch.domain.funding.FundingRound r) {
        String text = FactFigures.money(r, r.postMoneyValuation, r.postMoneyValuationLow, r.postMoneyValuationHigh);
        return text == null ? "—" : text;
    }

    /** A metric's figure: money or a count, a point or a range, "≈" when estimated. */
    static String figure(io.labwatch.domain.finance.FinancialMetric m) {
        return MetricSummary.value(m);
    }

    /** A valuation mark's value with the range its fact gives, "≈" when estimated. */
    static String figure(io.labwatch.domain.funding.ValuationMark m) {
        var v = m.valuation();
        var r = m.round();
        return v != null ? FactFigures.money(v, v.value, v.valueLow, v.valueHigh)
                : FactFigures.money(r, r.postMoneyValuation, r.postMoneyValuationLow, r.postMoneyValuationHigh);
    }

    /** A mark's change from the one before: "+$121.5B (+197.6%)", "−$9B (−10%)", or "—" for the first mark. */
    static String change(io.labwatch.domain.funding.ValuationMark mark) {
        return mark.changeAmount().map(amount -> (amount.signum() > 0 ? "+" : amount.signum() < 0 ? "−" : "") + Money.compact(amount.abs())
                + mark.changePercent().map(p -> " (" + io.labwatch.domain.figures.PercentChange.signed(p) + ")").orElse("")).orElse("—");
    }

    /** A mark's date as precise as it is known: "March 2025". */
    static String date(io.labwatch.domain.funding.ValuationMark mark) {
        return mark.precision().display(mark.on());
    }

    /** A text as one query parameter's value: "/labs/x?a=b" becomes "%2Flabs%2Fx%3Fa%3Db". */
    static String urlEncode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A CSS-safe name for a constant: REPORTED becomes "reported". */
    static String css(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** 29 May 2026. */
    static String day(java.time.LocalDate date) {
        return io.labwatch.domain.shared.DatePrecision.DAY.display(date);
    }

    /** The day of a moment, in UTC, as every date is shown: 29 May 2026. */
    static String day(java.time.Instant moment) {
        return day(moment.atOffset(java.time.ZoneOffset.UTC).toLocalDate());
    }

    /** A moment for a machine (a time element's datetime): ISO 8601 in UTC, to the second, as HTML allows it. */
    static String datetime(java.time.Instant moment) {
        return moment.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    /** A moment to the minute, in UTC: 29 May 2026, 16:05 UTC. */
    static String moment(java.time.Instant moment) {
        java.time.OffsetDateTime at = moment.atOffset(java.time.ZoneOffset.UTC);
        return day(at.toLocalDate()) + ", " + String.format(Locale.ROOT, "%02d:%02d", at.getHour(), at.getMinute()) + " UTC";
    }

    /** A day given as an ISO text (a form's value), shown as every date is: 29 May 2026; the text itself when it is no day. */
    static String day(String iso) {
        try {
            return day(java.time.LocalDate.parse(iso));
        } catch (RuntimeException e) {
            return iso;
        }
    }

    /** FRONTIER_LAB becomes "Frontier lab". */
    static String label(Enum<?> value) {
        return label(value.name());
    }

    /** HIRE_IN becomes "Hire in". */
    static String label(String constant) {
        return Words.label(constant);
    }
}

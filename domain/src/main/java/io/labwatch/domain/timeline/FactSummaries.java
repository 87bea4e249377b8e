package io.labwatch.domain.timeline;

import io.labwatch.domain.compute.ComputeDeal;
import io.labwatch.domain.figures.Ranges;
import io.labwatch.domain.finance.FinancialMetric;
import io.labwatch.domain.finance.MetricBasis;
import io.labwatch.domain.funding.FundingRound;
import io.labwatch.domain.funding.Money;
import io.labwatch.domain.funding.Valuation;
import io.labwatch.domain.hire.Hire;
import io.labwatch.domain.hire.HireKind;
import io.labwatch.domain.shared.DatedFact;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One-line, source-neutral sentences for facts, built only from their fields (nothing added), for timelines,
 * search results and briefs. Lab-relative wording ("joined" vs "left") comes from the event kind.
 */
public final class FactSummaries {

    private FactSummaries() {
    }

    /** A move as seen by the lab it went to (or, for a departure, came from). */
    public static String hire(Hire h) {
        StringBuilder s = new StringBuilder(h.person.name);
        switch (h.kind) {
            // "founded X from OpenAI" reads as a spin-off: say where the founder came from instead
            case FOUNDED -> s.append(h.fromLab == null ? "" : ", formerly of " + h.fromLab.name + ",").append(" founded ").append(h.toLab.name);
            case PROMOTED -> s.append(" was promoted at ").append(h.toLab.name);
            case DEPARTED -> s.append(" left ").append(h.fromLab.name).append(h.toLab == null ? "" : " for " + h.toLab.name);
            case JOINED -> s.append(" joined ").append(h.toLab.name);
        }
        if (h.kind == HireKind.JOINED && h.fromLab != null) {
            s.append(" from ").append(h.fromLab.name);
        }
        if (h.role != null && h.kind != HireKind.FOUNDED) {
            s.append(" as ").append(h.role);
        }
        if (h.team != null) {
            s.append(" in the ").append(h.team).append(h.team.toLowerCase(Locale.ROOT).endsWith("team") ? "" : " team");
        }
        if (h.reportsTo != null) {
            s.append(", reporting to ").append(h.reportsTo.name);
        }
        return s.toString();
    }

    /** The same move from the side of the lab the person left. */
    public static String departure(Hire h) {
        StringBuilder s = new StringBuilder(h.person.name).append(" left ").append(h.fromLab.name);
        if (h.toLab != null) {
            s.append(h.kind == HireKind.FOUNDED ? " to found " : " for ").append(h.toLab.name);
        }
        return s.toString();
    }

    public static String round(FundingRound r) {
        StringBuilder s = new StringBuilder(r.lab.name);
        String raised = money(r, r.amountRaised, r.amountRaisedLow, r.amountRaisedHigh);
        s.append(raised != null ? " raised " + raised + " in its " : " announced its ").append(r.name);
        String postMoney = money(r, r.postMoneyValuation, r.postMoneyValuationLow, r.postMoneyValuationHigh);
        if (postMoney != null) {
            s.append(r.postMoneyValuationLow == null && r.postMoneyValuationHigh == null ? " at a " + postMoney + " post-money valuation"
                    : " at a post-money valuation of " + postMoney);
        }
        List<String> notes = new ArrayList<>();
        if (r.leadInvestors != null) {
            notes.add("led by " + r.leadInvestors);
        }
        if (r.estimated && (raised != null || postMoney != null)) {
            notes.add("figures estimated");
        }
        if (!notes.isEmpty()) {
            // in parentheses, so that a date after the summary attaches to the round, not to the investors
            s.append(" (").append(String.join("; ", notes)).append(")");
        }
        return s.toString();
    }

    public static String valuation(Valuation v) {
        return v.lab.name + " was valued at " + money(v, v.value, v.valueLow, v.valueHigh) + " (" + words(v.basis.name())
                + (v.estimated ? ", estimated" : "") + ")";
    }

    /**
     * "Anthropic reported revenue of $10.9B for 2026-Q2 (basis unstated)"; an estimate reads "... was estimated at ≈ $40B
     * for 2026 (annualised run-rate)". The basis is always said: a quarter's total and a run-rate differ fourfold.
     */
    public static String metric(FinancialMetric m) {
        String value = metricValue(m);
        MetricBasis basis = m.basis == null ? MetricBasis.UNSTATED : m.basis;
        String notes = " (" + basis.words + (m.scope == null ? "" : ", " + m.scope) + ")";
        return m.estimated ? m.lab.name + "'s " + words(m.metric.name()) + " for " + m.period + " was estimated at " + value + notes
                : m.lab.name + " reported " + words(m.metric.name()) + " of " + value + " for " + m.period + notes;
    }

    /** A metric's figure: money or a count, a point, a range or both, "≈" before it when estimated; "—" when none. */
    public static String metricValue(FinancialMetric m) {
        if (m.metric.isMoney()) {
            String text = money(m, m.value, m.valueLow, m.valueHigh);
            return text == null ? "—" : text;
        }
        String text = Ranges.text(m.value, m.valueLow, m.valueHigh, n -> n.stripTrailingZeros().toPlainString());
        return text == null ? "—" : m.estimated ? approximately(text) : text;
    }

    /** "≈ $45B ($40B–50B)" for an estimate: the sign says what "about" would. */
    private static String approximately(String text) {
        return "≈ " + (text.startsWith("about ") ? text.substring("about ".length()) : text);
    }

    /**
     * A money figure of a fact as a point, a range or both, in the currency it was reported in with its value in US
     * dollars beside ("€500M (≈ $540M)"), "≈" before it when the fact's figures are estimated; null if none.
     */
    public static String money(DatedFact fact, BigDecimal point, BigDecimal low, BigDecimal high) {
        String text = Ranges.text(point, low, high, n -> Money.compact(n, fact.currency));
        if (text == null) {
            return null;
        }
        if (fact.estimated) {
            text = approximately(text);
        }
        if (fact.currency != null && !fact.currency.equals("USD") && fact.usdRate != null) {
            // the amount as reported, and what it is in US dollars at the fact's rate
            String usd = Ranges.text(fact.inUsd(point), point == null ? fact.inUsd(low) : null, point == null ? fact.inUsd(high) : null, Money::compact);
            text += " (≈ " + usd + ")";
        }
        return text;
    }

    public static String deal(ComputeDeal d) {
        StringBuilder s = new StringBuilder(d.buyer.name).append(" secured compute from ").append(d.provider.name);
        if (d.facility != null) {
            s.append(" at ").append(d.facility);
        }
        if (d.location != null) {
            s.append(" in ").append(d.location);
        }
        if (d.capacity != null) {
            s.append(" (").append(d.capacity).append(")");
        }
        return s.toString();
    }

    /** ANNUALISED_REVENUE becomes "annualised revenue". */
    public static String words(String constant) {
        return constant.replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}

package io.labwatch.domain.timeline;

import io.labwatch.domain.compute.ComputeDeal;
import io.labwatch.domain.finance.FinancialMetric;
import io.labwatch.domain.funding.FundingRound;
import io.labwatch.domain.funding.Money;
import io.labwatch.domain.funding.Valuation;
import io.labwatch.domain.hire.Hire;
import io.labwatch.domain.hire.HireKind;
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
        s.append(r.amountRaised != null ? " raised " + Money.compact(r.amountRaised) + " in its " : " announced its ").append(r.name);
        if (r.postMoneyValuation != null) {
            s.append(" at a ").append(Money.compact(r.postMoneyValuation)).append(" post-money valuation");
        }
        if (r.leadInvestors != null) {
            // in parentheses, so that a date after the summary attaches to the round, not to the investors
            s.append(" (led by ").append(r.leadInvestors).append(")");
        }
        return s.toString();
    }

    public static String valuation(Valuation v) {
        return v.lab.name + " was valued at " + Money.compact(v.value) + " (" + words(v.basis.name()) + ")";
    }

    public static String metric(FinancialMetric m) {
        String value = m.metric.isMoney() ? Money.compact(m.value) : m.value.stripTrailingZeros().toPlainString();
        return m.lab.name + " reported " + words(m.metric.name()) + " of " + value + " for " + m.period
                + (m.scope == null ? "" : " (" + m.scope + ")");
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

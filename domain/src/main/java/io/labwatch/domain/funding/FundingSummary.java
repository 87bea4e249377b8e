package io.labwatch.domain.funding;

import io.labwatch.domain.figures.FactFigures;
import io.labwatch.domain.shared.TextRules;
import java.util.ArrayList;
import java.util.List;

/**
 * One-line sentences about rounds and valuations, built only from their fields, for timelines, search, feeds and briefs.
 */
public final class FundingSummary {

    private FundingSummary() {
    }

    public static String round(FundingRound r) {
        StringBuilder s = new StringBuilder(r.lab.name);
        String raised = FactFigures.money(r, r.amountRaised, r.amountRaisedLow, r.amountRaisedHigh);
        s.append(raised != null ? " raised " + raised + " in its " : " announced its ").append(r.name);
        String postMoney = FactFigures.money(r, r.postMoneyValuation, r.postMoneyValuationLow, r.postMoneyValuationHigh);
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
        // in parentheses, so that a date after the summary attaches to the round, not to the investors
        return TextRules.withNotes(s.toString(), notes);
    }

    public static String valuation(Valuation v) {
        return v.lab.name + " was valued at " + FactFigures.money(v, v.value, v.valueLow, v.valueHigh) + " (" + TextRules.words(v.basis.name())
                + (v.estimated ? ", estimated" : "") + ")";
    }
}

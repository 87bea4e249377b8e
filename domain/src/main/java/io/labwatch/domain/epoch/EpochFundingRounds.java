package io.labwatch.domain.epoch;

import io.labwatch.domain.funding.ValuationBasis;
import io.labwatch.domain.funding.ValuationRecord;
import io.labwatch.domain.funding.ValuationStore;
import io.labwatch.domain.shared.Certainty;
import io.labwatch.domain.shared.DatePrecision;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code ai_companies_funding_rounds.csv}: each round's post-money valuation on its close date, as a valuation mark of a
 * primary round or a secondary sale (a round not closed is a valuation in talks). Rows without a valuation are skipped:
 * the file's amounts and investors are in columns whose names no public reader fixes.
 */
@Singleton
public class EpochFundingRounds extends EpochDataset {

    @Inject
    ValuationStore valuations;

    EpochFundingRounds() {
        super("funding-rounds", "AI Companies", "ai-companies", List.of("Company", "Type", "Close date", "Valuation (post-money)"),
                List.of("Status", "Confidence"));
    }

    @Override
    public void read(EpochRow row) {
        LocalDate closed = row.date("Close date");
        BigDecimal value = row.number("Valuation (post-money)");
        Certainty certainty = row.certainty("Confidence");
        String type = row.text("Type");
        ValuationBasis basis = "Secondary".equalsIgnoreCase(type) ? ValuationBasis.SECONDARY_SALE
                : "Primary".equalsIgnoreCase(type) || type == null ? ValuationBasis.PRIMARY_ROUND : null;
        if (basis == null) {
            row.error("Type", "'" + type + "' is not Primary or Secondary");
            return;
        }
        String status = row.text("Status");
        if (status != null && !status.equalsIgnoreCase("Closed")) {
            basis = ValuationBasis.REPORTED_TALKS;
        }
        var lab = row.lab(row.text("Company"));
        if (lab.isEmpty()) {
            row.skip(row.text("Company") == null ? "no company" : "no lab named '" + row.text("Company") + "'");
        } else if (closed == null) {
            row.skip("no close date");
        } else if (value == null) {
            row.skip("no post-money valuation");
        } else {
            row.propose(valuations, new ValuationRecord(null, lab.get(), closed, DatePrecision.DAY, value, null, null, basis, null,
                    "Epoch AI funding round: " + (type == null ? "type not given" : type) + (status == null ? "" : ", " + status.toLowerCase(java.util.Locale.ROOT)),
                    certainty, false, null, "USD", null, null, null, null, null, row.citations(row.text("Confidence")), null), "valuation");
        }
    }
}

package io.labwatch.api.openapi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a record field's number or date means, for the API document: money in the record's currency, dates as ISO days
 * as exact as the record's datePrecision, ranges beside their point, and the units of the physical figures.
 */
final class Units {

    private static final List<String> MONEY = List.of("amount", "amountRaised", "amountAwarded", "amountClaimed", "committedValue",
            "postMoneyValuation", "price");

    private Units() {
    }

    /** The description of a field's unit, or null when it has none to state. */
    static String of(Class<?> recordType, String field, Class<?> type) {
        if (type == LocalDate.class) {
            return "An ISO 8601 day (YYYY-MM-DD)" + (field.equals("announcedOn") || field.equals("asOf") || field.endsWith("edOn")
                    ? "; as exact as datePrecision says (a MONTH is given as its first day)" : "");
        }
        if (type != BigDecimal.class && type != Long.class && type != Integer.class) {
            return null;
        }
        String base = field.replaceFirst("(Low|High)$", "");
        String range = field.endsWith("Low") ? " The low end of the range." : field.endsWith("High") ? " The high end of the range." : "";
        String record = recordType.getSimpleName();
        String unit = MONEY.contains(base) || base.equals("value") && record.equals("ValuationRecord")
                ? "An amount in whole units of the record's currency (USD unless currency says otherwise), not in millions."
                : base.equals("value") && record.equals("FinancialMetricRecord")
                ? "In whole units of the record's currency for money metrics (revenue, loss, spend); a count for HEADCOUNT and USERS."
                : switch (base) {
                    case "usdRate" -> "US dollars per one unit of the record's currency, on rateOn.";
                    case "powerMw" -> "Power in megawatts.";
                    case "h100Equivalents", "accelerators" -> "Accelerators, counted as NVIDIA H100 equivalents where so named.";
                    case "trainingFlop" -> "Training compute in floating-point operations (FLOP), not FLOP/s.";
                    case "parameters" -> "Model parameters, a count.";
                    case "stakePercent" -> "Percent, 0 to 100.";
                    default -> null;
                };
        return unit == null ? null : unit + range;
    }
}

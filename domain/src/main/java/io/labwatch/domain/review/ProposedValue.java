package io.labwatch.domain.review;

import com.fasterxml.jackson.databind.JsonNode;
import io.labwatch.domain.exchange.RecordKind;
import io.labwatch.domain.figures.Money;
import io.labwatch.domain.shared.DatePrecision;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * One value of a proposed record as a reviewer reads it: a day as "1 July 2031", money as "$88B (88,000,000,000)" so
 * that the compact figure and every digit can be checked, other numbers with thousands separators, the rest as stored.
 */
public final class ProposedValue {

    private ProposedValue() {
    }

    /** The value of field {@code name} of a record of {@code kind} (null: a kind Labwatch no longer has); "" for none. */
    public static String text(RecordKind kind, String name, JsonNode value) {
        return text(value, kind != null && isMoney(kind, name));
    }

    /** Whether a field of a kind is money: its entity field carries {@link io.labwatch.domain.figures.Amount}. */
    public static boolean isMoney(RecordKind kind, String name) {
        return kind.entityField(name).map(f -> f.isAnnotationPresent(io.labwatch.domain.figures.Amount.class)).orElse(false);
    }

    /** A value, read as money or not; "" for none. */
    static String text(JsonNode value, boolean money) {
        if (value == null || value.isNull() || value.isContainerNode()) {
            return "";
        }
        if (value.isNumber()) {
            java.math.BigDecimal number = value.decimalValue().stripTrailingZeros();
            String exact = grouped(number);
            return money ? Money.compact(number) + " (" + exact + ")" : exact;
        }
        String text = value.asText();
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return DatePrecision.DAY.display(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        return text;
    }

    private static String grouped(java.math.BigDecimal number) {
        DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setParseBigDecimal(true);
        return format.format(number);
    }
}

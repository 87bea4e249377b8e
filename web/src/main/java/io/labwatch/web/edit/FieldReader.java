package io.labwatch.web.edit;

import io.labwatch.domain.exchange.RecordKind;
import io.labwatch.domain.figures.Amount;
import io.labwatch.domain.figures.MoneyInput;
import io.labwatch.domain.shared.DateInput;
import io.labwatch.domain.shared.DatePrecision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads a typed value as its field's type, the way analysts write it: money as "2.5B" or "$2.5 billion"
 * ({@link MoneyInput}), dates as "May 2026" or "2026" with the precision they imply ({@link DateInput}), numbers with
 * thousands separators. Says what is wrong in words when it cannot.
 */
public final class FieldReader {

    private FieldReader() {
    }

    /** The value as the record takes it (ISO date, plain number), or the problem; a date says how much of it was given. */
    record Reading(String value, String problem, DatePrecision precision) {
        static Reading of(String value) {
            return new Reading(value, null, null);
        }

        static Reading problem(String problem) {
            return new Reading(null, problem, null);
        }
    }

    static Reading read(RecordKind kind, String name, Class<?> type, String value) {
        if (type == LocalDate.class) {
            DateInput.Reading date = DateInput.read(value);
            return date.problem() != null ? Reading.problem(date.problem()) : new Reading(date.date().toString(), null, date.precision());
        }
        if (type == BigDecimal.class && isMoney(kind, name)) {
            MoneyInput.Reading money = MoneyInput.read(value);
            return money.problem() != null ? Reading.problem(money.problem()) : Reading.of(money.amount().toPlainString());
        }
        String plain = value.matches("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?") ? value.replace(",", "") : value;
        try {
            if (type == BigDecimal.class) {
                new BigDecimal(plain);
            } else if (type == Integer.class) {
                Integer.parseInt(plain);
            } else if (type == Long.class) {
                Long.parseLong(plain);
            } else if (type.isEnum()) {
                enumValue(type, plain);
            }
            return Reading.of(plain);
        } catch (NumberFormatException e) {
            return Reading.problem(type == Integer.class || type == Long.class ? "must be a whole number" : "must be a number");
        } catch (IllegalArgumentException e) {
            return Reading.problem("must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> EditForm.label(((Enum<?>) c).name()).toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }

    /** A field of money: the entity's field is an {@link Amount}. */
    public static boolean isMoney(RecordKind kind, String name) {
        return io.labwatch.domain.review.ProposedValue.isMoney(kind, name);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void enumValue(Class<?> type, String value) {
        Enum.valueOf((Class) type, value);
    }
}

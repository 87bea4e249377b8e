package io.labwatch.web.edit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Checks that a typed value can be read as its field's type, and says what is wrong in words when not. */
final class FieldReader {

    private FieldReader() {
    }

    /** The problem with the value, or null when it reads. */
    static String problem(Class<?> type, String value) {
        try {
            if (type == LocalDate.class) {
                LocalDate.parse(value);
            } else if (type == BigDecimal.class) {
                new BigDecimal(value);
            } else if (type == Integer.class) {
                Integer.parseInt(value);
            } else if (type == Long.class) {
                Long.parseLong(value);
            } else if (type.isEnum()) {
                enumValue(type, value);
            }
            return null;
        } catch (DateTimeParseException e) {
            return "must be a date (YYYY-MM-DD)";
        } catch (NumberFormatException e) {
            return type == Integer.class || type == Long.class ? "must be a whole number" : "must be a number";
        } catch (IllegalArgumentException e) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(c -> EditForm.label(((Enum<?>) c).name()).toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void enumValue(Class<?> type, String value) {
        Enum.valueOf((Class) type, value);
    }
}

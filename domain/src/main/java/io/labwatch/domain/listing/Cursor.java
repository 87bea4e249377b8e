package io.labwatch.domain.listing;

import io.labwatch.domain.shared.FieldError;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

/**
 * Where a list stopped: the sort it was read in, the last row's value of the sort key and its id. The next page is the
 * rows after that position in the same order (keyset), so a row inserted or deleted meanwhile neither repeats a row nor
 * skips one, and no page costs more than its own rows. Written as opaque URL-safe text; clients send it back as is.
 *
 * @param type how the value is compared: d date, s text, n decimal, l and i whole numbers, t instant, b true or false,
 *             e an enum (compared by its name, as stored), 0 no value (the row's sort key was empty)
 */
public record Cursor(String sort, char type, String value, long id) {

    private static final String TYPES = "dsnlitbe0";

    /** The position after a row whose sort key has {@code value}. */
    public static Cursor after(String sort, Object value, long id) {
        if (value == null) {
            return new Cursor(sort, '0', "", id);
        }
        char type = value instanceof LocalDate ? 'd' : value instanceof String ? 's' : value instanceof BigDecimal ? 'n'
                : value instanceof Long ? 'l' : value instanceof Integer ? 'i' : value instanceof Instant ? 't'
                : value instanceof Boolean ? 'b' : value instanceof Enum<?> ? 'e' : '?';
        if (type == '?') {
            throw new IllegalArgumentException("no cursor for a sort key of type " + value.getClass().getSimpleName());
        }
        return new Cursor(sort, type, value instanceof Enum<?> e ? e.name() : value.toString(), id);
    }

    public String encode() {
        String text = sort + "\n" + type + "\n" + id + "\n" + value;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A cursor this list gave, for the sort asked for now; anything else is a 400 naming the cursor. */
    public static Cursor decode(String raw, String sort) {
        Cursor cursor;
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(raw.trim()), StandardCharsets.UTF_8).split("\n", 4);
            if (parts.length != 4 || parts[1].length() != 1 || TYPES.indexOf(parts[1].charAt(0)) < 0) {
                throw new IllegalArgumentException("bad cursor");
            }
            cursor = new Cursor(parts[0], parts[1].charAt(0), parts[3], Long.parseLong(parts[2]));
            cursor.parameter(); // the value must read as its type
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw notGiven();
        }
        if (!cursor.sort.equals(sort)) {
            throw new BadQueryException(List.of(new FieldError("cursor", "was given for the sort '" + cursor.sort + "', not '" + sort
                    + "': keep the sort while paging, or leave cursor empty to start again")));
        }
        return cursor;
    }

    /** The 400 for a cursor no list gave (unreadable, or whose value cannot be of the sort's type). */
    public static BadQueryException notGiven() {
        return new BadQueryException(List.of(new FieldError("cursor", "is not a cursor this list gave: send the 'next' of the "
                + "previous page as it is, or leave cursor empty to start at the beginning")));
    }

    /** The value as the query compares it (an enum as its name). */
    public Object parameter() {
        return switch (type) {
            case 'd' -> LocalDate.parse(value);
            case 'n' -> new BigDecimal(value);
            case 'l' -> Long.parseLong(value);
            case 'i' -> Integer.parseInt(value);
            case 't' -> Instant.parse(value);
            case 'b' -> Boolean.parseBoolean(value);
            case '0' -> null;
            default -> value;
        };
    }

    /**
     * The JPQL condition "after this position" for a list ordered by {@code path} (nulls last) then by id, in the given
     * direction; its parameters are :cursorValue and :cursorId.
     */
    public String condition(String path, boolean descending) {
        String after = descending ? " < " : " > ";
        if (type == '0') {
            return "(" + path + " is null and e.id" + after + ":cursorId)";
        }
        String compared = type == 'e' ? "cast(" + path + " as String)" : path;
        return "(" + compared + after + ":cursorValue or (" + compared + " = :cursorValue and e.id" + after + ":cursorId) or "
                + path + " is null)";
    }
}

package io.labwatch.domain.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.labwatch.domain.hire.Seniority;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void everySortValueTypeComesBackAsItWent() {
        for (Object value : new Object[] {LocalDate.of(2026, 5, 19), "Anthropic\nline two", new BigDecimal("88000000000.50"), 42L, 7,
                Instant.parse("2026-12-06T10:15:30Z"), true}) {
            Cursor back = Cursor.decode(Cursor.after("-announcedOn", value, 991).encode(), "-announcedOn");
            assertThat(back.parameter()).isEqualTo(value);
            assertThat(back.id()).isEqualTo(991);
        }
        assertThat(Cursor.decode(Cursor.after("seniority", Seniority.SENIOR, 3).encode(), "seniority").parameter()).isEqualTo("SENIOR");
        assertThat(Cursor.decode(Cursor.after("price", null, 5).encode(), "price").parameter()).isNull();
    }

    @Test
    void theConditionGoesOnAfterThePositionInTheSortsDirectionWithEmptyKeysLast() {
        assertThat(Cursor.after("announcedOn", LocalDate.of(2026, 1, 1), 9).condition("e.announcedOn", false))
                .isEqualTo("(e.announcedOn > :cursorValue or (e.announcedOn = :cursorValue and e.id > :cursorId) or e.announcedOn is null)");
        assertThat(Cursor.after("-announcedOn", LocalDate.of(2026, 1, 1), 9).condition("e.announcedOn", true))
                .isEqualTo("(e.announcedOn < :cursorValue or (e.announcedOn = :cursorValue and e.id < :cursorId) or e.announcedOn is null)");
        // past the last non-empty key, only the empty ones remain, in id order
        assertThat(Cursor.after("price", null, 9).condition("e.price", false)).isEqualTo("(e.price is null and e.id > :cursorId)");
        assertThat(Cursor.after("seniority", Seniority.MID, 9).condition("e.seniority", false)).startsWith("(cast(e.seniority as String) > ");
    }

    @Test
    void aCursorOfAnotherSortOrNoCursorAtAllIsRefusedNamingTheCursor() {
        String byDate = Cursor.after("-announcedOn", LocalDate.of(2026, 1, 1), 9).encode();
        assertThatThrownBy(() -> Cursor.decode(byDate, "announcedOn")).isInstanceOfSatisfying(BadQueryException.class,
                e -> assertThat(e.errors).singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo("cursor");
                    assertThat(error.message()).contains("-announcedOn");
                }));
        for (String forged : new String[] {"not a cursor", "%%%", Base64.getUrlEncoder().encodeToString("x\nq\n1\nv".getBytes()),
                Base64.getUrlEncoder().encodeToString("x\nd\n1\nnot-a-date".getBytes()),
                Base64.getUrlEncoder().encodeToString("x\nd\nnine\n2026-01-01".getBytes())}) {
            assertThatThrownBy(() -> Cursor.decode(forged, "x")).as(forged).isInstanceOf(BadQueryException.class);
        }
    }
}

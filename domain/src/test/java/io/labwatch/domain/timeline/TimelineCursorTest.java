package io.labwatch.domain.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.labwatch.domain.listing.BadQueryException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TimelineCursorTest {

    @Test
    void aCursorComesBackAsItWent() {
        TimelineCursor cursor = new TimelineCursor(LocalDate.of(2026, 5, 19), "HIRE_IN", 4711);
        assertThat(TimelineCursor.decode(cursor.encode())).isEqualTo(cursor);
        assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void anythingElseIsA400NamingTheCursor() {
        for (String forged : new String[] {"x", "", encoded("2026-05-19\nhire_in' or 1=1\n1"), encoded("2026-02-30\nHIRE_IN\n1"),
                encoded("2026-05-19\nHIRE_IN\nmany"), encoded("-announcedOn\nd\n1\n2026-05-19")}) {
            assertThatThrownBy(() -> TimelineCursor.decode(forged)).as(forged).isInstanceOfSatisfying(BadQueryException.class,
                    e -> assertThat(e.errors).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("cursor")));
        }
    }

    private static String encoded(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}

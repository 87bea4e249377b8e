package io.labwatch.domain.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WholeListTest {

    record Token(long id, Instant madeAt) {
    }

    private static final WholeList<Token> NEWEST_FIRST = new WholeList<>("newest", Token::madeAt, Token::id, true);

    private static List<Token> newestFirst(List<Token> tokens) {
        return tokens.stream().sorted(Comparator.comparing(Token::madeAt).thenComparingLong(Token::id).reversed()).toList();
    }

    private static ListRequest byCursor(String cursor, int limit) {
        return new ListRequest(Map.of(), null, 1, limit, cursor);
    }

    @Test
    void byNumberItIsTheSliceWithTheTotal() {
        List<Token> tokens = newestFirst(tokens(5));
        Page<Token> second = NEWEST_FIRST.page(tokens, new ListRequest(Map.of(), null, 2, 2));
        assertThat(second.items()).containsExactlyElementsOf(tokens.subList(2, 4));
        assertThat(second.total()).isEqualTo(5);
        assertThat(NEWEST_FIRST.page(tokens, new ListRequest(Map.of(), null, 9, 2)).items()).isEmpty();
    }

    @Test
    void aCursorWalksEveryRowOnceWhileRowsAreAddedAndRemoved() {
        List<Token> stored = new ArrayList<>(tokens(5));
        List<Long> seen = new ArrayList<>();
        Page<Token> page = NEWEST_FIRST.page(newestFirst(stored), byCursor("", 2));
        seen.addAll(page.items().stream().map(Token::id).toList());
        // a newer token, and the last one seen revoked and deleted: neither repeats nor skips a row
        stored.add(new Token(6, Instant.parse("2026-12-31T00:00:00Z")));
        long lastSeen = seen.get(seen.size() - 1);
        stored.removeIf(t -> t.id() == lastSeen);
        while (page.next() != null) {
            page = NEWEST_FIRST.page(newestFirst(stored), byCursor(page.next(), 2));
            seen.addAll(page.items().stream().map(Token::id).toList());
        }
        assertThat(seen).containsExactly(5L, 4L, 3L, 2L, 1L);
    }

    @Test
    void tiesOfTheSortValueAreOrderedById() {
        Instant same = Instant.parse("2026-01-01T00:00:00Z");
        List<Token> tokens = newestFirst(List.of(new Token(1, same), new Token(2, same), new Token(3, same)));
        Page<Token> first = NEWEST_FIRST.page(tokens, byCursor("", 1));
        assertThat(first.items()).extracting(Token::id).containsExactly(3L);
        assertThat(NEWEST_FIRST.page(tokens, byCursor(first.next(), 5)).items()).extracting(Token::id).containsExactly(2L, 1L);
    }

    @Test
    void emptyValuesComeLastAndACursorGoesOnAmongThem() {
        WholeList<Token> list = new WholeList<>("newest", Token::madeAt, Token::id, true);
        List<Token> tokens = List.of(new Token(9, Instant.parse("2026-01-01T00:00:00Z")), new Token(8, null), new Token(7, null));
        Page<Token> first = list.page(tokens, byCursor("", 2));
        assertThat(first.items()).extracting(Token::id).containsExactly(9L, 8L);
        assertThat(list.page(tokens, byCursor(first.next(), 2)).items()).extracting(Token::id).containsExactly(7L);
    }

    @Test
    void aCursorOfAnotherListOrTypeAndABadSizeAreRefusedNamingThem() {
        List<Token> tokens = newestFirst(tokens(3));
        assertThatThrownBy(() -> NEWEST_FIRST.page(tokens, byCursor(Cursor.after("name", "x", 1).encode(), 2)))
                .isInstanceOf(BadQueryException.class).hasMessageContaining("cursor");
        assertThatThrownBy(() -> NEWEST_FIRST.page(tokens, byCursor(Cursor.after("newest", "not an instant", 1).encode(), 2)))
                .isInstanceOf(BadQueryException.class).hasMessageContaining("cursor");
        assertThatThrownBy(() -> NEWEST_FIRST.page(tokens, byCursor("", 0))).isInstanceOf(BadQueryException.class);
    }

    private static List<Token> tokens(int count) {
        List<Token> tokens = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            tokens.add(new Token(i, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i)));
        }
        return tokens;
    }
}

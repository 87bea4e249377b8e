package io.labwatch.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnToTest {

    @Test
    void aPathOnThisSiteIsWhereTheFormReturns() {
        assertThat(ReturnTo.path("/labs/anthropic", "/")).isEqualTo("/labs/anthropic");
        assertThat(ReturnTo.path("/timeline?page=2&from=2026-01-01", "/")).isEqualTo("/timeline?page=2&from=2026-01-01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/", "/\\evil.example", "https://evil.example/", "javascript:alert(1)", "labs/x",
            "/labs/x\r\nSet-Cookie: a=b", "/labs/ x", ""})
    void anythingThatCouldLeaveTheSiteFallsBack(String back) {
        assertThat(ReturnTo.path(back, "/people/x")).isEqualTo("/people/x");
    }

    @Test
    void noReturnGivenFallsBack() {
        assertThat(ReturnTo.path(null, "/")).isEqualTo("/");
    }
}

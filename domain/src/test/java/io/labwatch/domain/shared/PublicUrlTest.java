package io.labwatch.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The public URL setting: a mistyped value stops the start with the variable's name; a good one rebases URLs. */
class PublicUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {"labwatch.example.com", "ftp://labwatch.example.com", "https://labwatch.example.com/app",
            "https://user:pw@labwatch.example.com", "https://labwatch.example.com?x=1", "https://"})
    void aValueThatIsNotASchemeAndHostStopsTheStart(String value) {
        assertThatThrownBy(() -> new PublicUrl(Optional.of(value))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LABWATCH_HTTP_PUBLIC_URL");
    }

    @Test
    void urlsAreRebasedOntoTheConfiguredSchemeAndHost() {
        PublicUrl url = new PublicUrl(Optional.of("https://labwatch.example.com:8443/"));
        assertThat(url.rebase(URI.create("http://evil.example/api/labs?page=2&q=a%20b")))
                .isEqualTo(URI.create("https://labwatch.example.com:8443/api/labs?page=2&q=a%20b"));
        assertThat(url.root(URI.create("http://evil.example/"))).isEqualTo("https://labwatch.example.com:8443");
    }

    @Test
    void withoutTheSettingTheRequestsOwnUrlIsKept() {
        PublicUrl url = new PublicUrl(Optional.empty());
        assertThat(url.rebase(URI.create("http://localhost:8080/api/labs"))).isEqualTo(URI.create("http://localhost:8080/api/labs"));
        assertThat(url.root(URI.create("http://localhost:8080/"))).isEqualTo("http://localhost:8080");
    }
}

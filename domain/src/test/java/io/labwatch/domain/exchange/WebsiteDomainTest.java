package io.labwatch.domain.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A lab named by its website, as other datasets name labs, is known by the site's domain. */
class WebsiteDomainTest {

    @Test
    void aWebsiteIsKnownByItsDomain() {
        assertThat(DraftFactory.websiteDomain("https://www.Anthropic.com/news?x=1")).isEqualTo("anthropic.com");
        assertThat(DraftFactory.websiteDomain("anthropic.com")).isEqualTo("anthropic.com");
        assertThat(DraftFactory.websiteDomain("http://x.ai:8080/")).isEqualTo("x.ai");
        assertThat(DraftFactory.websiteDomain("deepmind.google")).isEqualTo("deepmind.google");
    }

    @Test
    void namesAndIdsAreNoDomains() {
        assertThat(DraftFactory.websiteDomain("Thinking Machines")).isNull();
        assertThat(DraftFactory.websiteDomain("Q116758847")).isNull();
        assertThat(DraftFactory.websiteDomain("anthropic")).isNull();
        assertThat(DraftFactory.websiteDomain(" ")).isNull();
        assertThat(DraftFactory.websiteDomain(null)).isNull();
        assertThat(DraftFactory.websiteDomain("a%b.com")).isNull();
    }
}

package io.labwatch.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SessionSealTest {

    private final byte[] key = SigningKeys.hmac("a key that is long enough for the test".getBytes(), "labwatch session cookie v1");
    private final SessionSeal seal = new SessionSeal(key);
    private final SessionTicket ticket = new SessionTicket("analyst", 3, "abc", Instant.ofEpochSecond(1_800_000_000L),
            Instant.ofEpochSecond(1_800_028_800L));

    @Test
    void opensWhatItSealed() {
        assertThat(seal.open(seal.seal(ticket))).contains(ticket);
    }

    @Test
    void anotherKeyChangedBytesAndGarbageOpenToNothing() {
        String sealed = seal.seal(ticket);
        assertThat(new SessionSeal(SigningKeys.hmac("another key, also long enough".getBytes(), "x")).open(sealed)).isEmpty();
        byte[] bytes = Base64.getUrlDecoder().decode(sealed);
        bytes[bytes.length - 20] ^= 1;
        assertThat(seal.open(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes))).isEmpty();
        assertThat(seal.open("not base64 at all %%%")).isEmpty();
        assertThat(seal.open("")).isEmpty();
        assertThat(seal.open(Base64.getUrlEncoder().encodeToString(new byte[5000]))).isEmpty();
    }

    @Test
    void aUsernameWithSeparatorsCannotForgeFields() {
        SessionTicket odd = new SessionTicket("a\nb\n9", 1, "id", ticket.issuedAt(), ticket.expiresAt());
        assertThat(seal.open(seal.seal(odd))).contains(odd);
    }

    @Test
    void aTicketLivesFromItsIssueUntilItsEnd() {
        assertThat(ticket.liveAt(ticket.issuedAt().plusSeconds(60))).isTrue();
        assertThat(ticket.liveAt(ticket.expiresAt())).isFalse();
        assertThat(ticket.liveAt(ticket.issuedAt().minusSeconds(3600))).isFalse();
    }
}

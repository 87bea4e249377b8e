package io.labwatch.web.session;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a {@link SessionTicket} into a cookie value and opens it again: AES-256-GCM, so the ticket can be neither
 * read nor changed without the key; anything that does not open is no session at all.
 */
final class SessionSeal {

    private static final String VERSION = "v1";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;

    SessionSeal(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    String seal(SessionTicket ticket) {
        String plain = String.join("\n", VERSION, ticket.id(), Integer.toString(ticket.epoch()),
                Long.toString(ticket.issuedAt().getEpochSecond()), Long.toString(ticket.expiresAt().getEpochSecond()), ticket.username());
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java platform", e);
        }
    }

    Optional<SessionTicket> open(String value) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(value);
            if (bytes.length < 12 + 16 || bytes.length > 2048) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, 12));
            String[] parts = new String(cipher.doFinal(bytes, 12, bytes.length - 12), StandardCharsets.UTF_8).split("\n", 6);
            if (parts.length != 6 || !VERSION.equals(parts[0])) {
                return Optional.empty();
            }
            return Optional.of(new SessionTicket(parts[5], Integer.parseInt(parts[2]), parts[1],
                    Instant.ofEpochSecond(Long.parseLong(parts[3])), Instant.ofEpochSecond(Long.parseLong(parts[4]))));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // Wrong key, changed bytes, not Base64, not a number: not a session.
            return Optional.empty();
        }
    }
}

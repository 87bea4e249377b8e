package io.labwatch.web.session;

import java.time.Instant;

/**
 * What a session cookie holds: whose session it is, the user's session epoch when it began (a later epoch ends it),
 * a random id (its CSRF token is derived from it), and when it began and ends. The end is fixed at sign-in; the
 * cookie is sealed, so no one without the key can change it.
 */
public record SessionTicket(String username, int epoch, String id, Instant issuedAt, Instant expiresAt) {

    public boolean liveAt(Instant now) {
        return now.isBefore(expiresAt) && !now.isBefore(issuedAt.minusSeconds(300));
    }
}

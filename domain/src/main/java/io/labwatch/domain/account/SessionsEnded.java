package io.labwatch.domain.account;

/**
 * Fired when a user's sessions end (sign-out, password or role change, disabling): whoever caches the user's session
 * state on this instance drops it at once; other instances see the new epoch when their cache runs out.
 */
public record SessionsEnded(String username) {
}

package io.labwatch.web.session;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a signing key must be in production: set, at least {@value #MIN_LENGTH} characters, and none of the
 * placeholders Labwatch ever shipped (anyone could read those and forge a session).
 */
public final class KeyPolicy {

    public static final int MIN_LENGTH = 32;

    /** Values that once stood in application.properties and docker-compose.yml as fallbacks. */
    private static final Set<String> SHIPPED = Set.of(
            "labwatch-demo-session-key-change-me-in-production-0123456789",
            "labwatch-demo-csrf-signing-key-change-me-in-production-0123456789",
            "labwatch-compose-session-key-change-me-0123456789",
            "labwatch-compose-csrf-key-change-me-0123456789");

    private KeyPolicy() {
    }

    /** Why the value of that environment variable cannot be used as a key, or empty if it can. */
    public static Optional<String> problem(String variable, String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(variable + " is not set: set it to a random string of at least " + MIN_LENGTH
                    + " characters (for example the output of: openssl rand -base64 48)");
        }
        if (isPlaceholder(value)) {
            return Optional.of(variable + " is a placeholder shipped with Labwatch: set a random string of your own");
        }
        if (value.length() < MIN_LENGTH) {
            return Optional.of(variable + " is too short (" + value.length() + " characters): use at least " + MIN_LENGTH);
        }
        return Optional.empty();
    }

    static boolean isPlaceholder(String value) {
        String upper = value.toUpperCase(Locale.ROOT);
        return SHIPPED.contains(value) || upper.contains("CHANGE-ME") || upper.contains("CHANGEME") || upper.contains("CHANGE_ME");
    }
}

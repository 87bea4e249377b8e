package io.labwatch.web.session;

import io.labwatch.domain.account.AppSecrets;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The keys that seal session cookies and sign CSRF tokens. In production (demo off) both come from the environment
 * and the start is refused when either is missing, short or a shipped placeholder. In demo mode an unset key is made
 * at random on the first start and kept in the database (so every instance on it shares it and no two installs do).
 */
@Startup
@ApplicationScoped
public class SigningKeys {

    static final String SESSION_VARIABLE = "LABWATCH_SESSION_KEY";
    static final String CSRF_VARIABLE = "LABWATCH_CSRF_KEY";
    private static final Logger LOG = Logger.getLogger(SigningKeys.class);

    @ConfigProperty(name = "labwatch.session.key")
    Optional<String> sessionKey;

    @ConfigProperty(name = "labwatch.csrf.key")
    Optional<String> csrfKey;

    @ConfigProperty(name = "labwatch.demo.enabled", defaultValue = "true")
    boolean demo;

    @Inject
    AppSecrets secrets;

    private byte[] session;
    private byte[] csrf;

    @PostConstruct
    void load() {
        List<String> problems = new ArrayList<>();
        session = derive(resolve(SESSION_VARIABLE, sessionKey, "session-key", problems), "labwatch session cookie v1");
        csrf = derive(resolve(CSRF_VARIABLE, csrfKey, "csrf-key", problems), "labwatch csrf token v1");
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start without safe signing keys: " + String.join("; ", problems));
        }
    }

    private String resolve(String variable, Optional<String> configured, String secretName, List<String> problems) {
        String value = configured.filter(v -> !v.isBlank()).orElse(null);
        if (value == null && demo) {
            LOG.infof("Demo mode: %s is not set; using the random key made for this database", variable);
            return secrets.getOrCreate(secretName);
        }
        KeyPolicy.problem(variable, value).ifPresent(problems::add);
        return value == null ? "" : value;
    }

    /** A key of its own per use, so the session and CSRF keys never double as each other even if set equal. */
    private static byte[] derive(String key, String use) {
        return hmac(key.getBytes(StandardCharsets.UTF_8), use);
    }

    static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java platform", e);
        }
    }

    /** 32 bytes for AES-256-GCM sealing of session cookies. */
    byte[] sessionKey() {
        return session;
    }

    /** 32 bytes for HMAC-SHA256 of CSRF tokens and device cookies. */
    byte[] csrfKey() {
        return csrf;
    }
}

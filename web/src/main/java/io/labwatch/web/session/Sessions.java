package io.labwatch.web.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.labwatch.domain.account.AccountService;
import io.labwatch.domain.account.AccountService.SessionState;
import io.labwatch.domain.account.SessionsEnded;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Browser sessions: sealed cookies that name their user's session epoch, checked against the account on every
 * request. The account's state is cached for a moment ({@code labwatch.session.state-cache}, 2 s), so ending a
 * user's sessions (a new epoch in PostgreSQL) takes effect on every instance within that time, and at once on the
 * instance that did it. Also the CSRF tokens, which are derived from the session (one per session: two tabs, a
 * download or Back never invalidate a form), and the device cookie that lets a browser that signed in before pass
 * an account's sign-in throttle.
 */
@ApplicationScoped
public class Sessions {

    public static final String SESSION_COOKIE = "labwatch-session";
    public static final String DEVICE_COOKIE = "labwatch-device";
    public static final String LOGIN_COOKIE = "labwatch-login";
    private static final Duration DEVICE_LIFETIME = Duration.ofDays(365);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SigningKeys keys;

    @Inject
    AccountService accounts;

    @ConfigProperty(name = "labwatch.session.lifetime", defaultValue = "PT8H")
    Duration lifetime;

    @ConfigProperty(name = "labwatch.session.state-cache", defaultValue = "PT2S")
    Duration stateCache;

    /** Cookies carry Secure when Labwatch is served over TLS (set it behind a TLS-terminating proxy). */
    @ConfigProperty(name = "labwatch.http.secure-cookies", defaultValue = "false")
    boolean secureCookies;

    private SessionSeal seal;
    private Cache<String, Optional<SessionState>> states;

    @PostConstruct
    void init() {
        seal = new SessionSeal(keys.sessionKey());
        states = Caffeine.newBuilder().expireAfterWrite(stateCache).maximumSize(10_000).build();
    }

    /** A new session for a user who just signed in, in their current epoch. */
    public SessionTicket begin(String username) {
        int epoch = state(username).map(SessionState::epoch).orElse(0);
        Instant now = Instant.now();
        return new SessionTicket(username, epoch, random(18), now, now.plus(lifetime));
    }

    /** The ticket in a cookie value, if it opens and has not expired (not yet checked against the account). */
    public Optional<SessionTicket> open(String cookieValue) {
        // A ticket lasting longer than a session may is not one Labwatch made, whatever key sealed it.
        return cookieValue == null ? Optional.empty()
                : seal.open(cookieValue).filter(t -> t.liveAt(Instant.now()) && !t.expiresAt().isAfter(t.issuedAt().plus(lifetime)));
    }

    /** Whether the session still stands: the account exists, is enabled and is still in the ticket's epoch. Blocking. */
    public Optional<SessionState> check(SessionTicket ticket) {
        return state(ticket.username()).filter(s -> s.enabled() && s.epoch() == ticket.epoch());
    }

    private Optional<SessionState> state(String username) {
        return states.get(username, accounts::sessionState);
    }

    /**
     * Drops the cached state of a user whose sessions ended. Observed during the changing transaction, so the next
     * request may still read the old epoch until it commits: it then reloads within the cache time at worst.
     */
    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) SessionsEnded ended) {
        states.invalidate(ended.username());
    }

    public NewCookie sessionCookie(SessionTicket ticket) {
        return cookie(SESSION_COOKIE, seal.seal(ticket), (int) lifetime.toSeconds());
    }

    public NewCookie deviceCookie(String username) {
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(username.getBytes(StandardCharsets.UTF_8)) + "."
                + sign("device|" + username);
        return cookie(DEVICE_COOKIE, value, (int) DEVICE_LIFETIME.toSeconds());
    }

    public NewCookie loginCookie(String nonce) {
        return cookie(LOGIN_COOKIE, nonce, 3600);
    }

    public NewCookie cleared(String name) {
        return cookie(name, "", 0);
    }

    private NewCookie cookie(String name, String value, int maxAge) {
        return new NewCookie.Builder(name).value(value).path("/").maxAge(maxAge).httpOnly(true).secure(secureCookies)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }

    public boolean secureCookies() {
        return secureCookies;
    }

    /** Whether a device cookie says this browser signed in as that user before. */
    public boolean knownDevice(String deviceCookie, String username) {
        if (deviceCookie == null || username == null) {
            return false;
        }
        int dot = deviceCookie.indexOf('.');
        if (dot < 0) {
            return false;
        }
        String name = username.trim().toLowerCase(java.util.Locale.ROOT);
        String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(name.getBytes(StandardCharsets.UTF_8));
        return expected.equals(deviceCookie.substring(0, dot)) && same(sign("device|" + name), deviceCookie.substring(dot + 1));
    }

    /** The CSRF token of a session. */
    public String csrfToken(SessionTicket ticket) {
        return sign("session|" + ticket.id());
    }

    /** The CSRF token of the sign-in form, bound to the browser's login cookie. */
    public String loginToken(String nonce) {
        return sign("login|" + nonce);
    }

    /** A token for forms shown to a client that signed in by password or token on each request (never checked). */
    public String requestToken(String username) {
        return sign("request|" + username);
    }

    public static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private String sign(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(SigningKeys.hmac(keys.csrfKey(), text));
    }

    /** Compares in constant time, so a token cannot be guessed a character at a time. */
    public static boolean same(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}

package io.labwatch.domain.account;

import io.labwatch.domain.shared.DuplicateException;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.Hashes;
import io.labwatch.domain.shared.InvalidInputException;
import io.labwatch.domain.shared.NotFoundException;
import io.labwatch.domain.shared.TextRules;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Users, passwords and API tokens. Passwords are bcrypt-hashed and at least {@value #MIN_PASSWORD} characters;
 * {@value #MAX_FAILURES} failed sign-ins in a row lock an account for {@link #LOCKOUT}. Tokens are random, shown
 * once, stored as SHA-256.
 */
@ApplicationScoped
public class AccountService {

    public static final int MIN_PASSWORD = 12;
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);
    // A hash to compare against when the user does not exist, so both cases take as long.
    private static final String NO_USER_HASH = BcryptUtil.bcryptHash("no-such-user-password", 10);

    @Inject
    EntityManager em;

    /** The outcome of a sign-in: the account, or why not. */
    public record SignIn(UserAccount account, String refusal) {
        public boolean ok() {
            return account != null;
        }
    }

    @Transactional
    public UserAccount create(String username, String password, Role role, boolean demo) {
        List<FieldError> errors = new ArrayList<>();
        if (username == null || !username.matches("^[a-z0-9][a-z0-9._-]{1,59}$")) {
            errors.add(new FieldError("username", "must be 2 to 60 lower-case letters, digits, dots, dashes or underscores"));
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            errors.add(new FieldError("password", "must be at least " + MIN_PASSWORD + " characters"));
        }
        if (role == null) {
            errors.add(new FieldError("role", "is required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (find(username).isPresent()) {
            throw new DuplicateException("User", "username", username);
        }
        UserAccount user = new UserAccount();
        user.username = username;
        user.passwordHash = BcryptUtil.bcryptHash(password, 10);
        user.role = role;
        user.demo = demo;
        em.persist(user);
        return user;
    }

    /** Checks a password, counting failures and locking the account after too many. */
    @Transactional
    public SignIn signIn(String username, String password) {
        Optional<UserAccount> found = username == null ? Optional.empty() : find(username.trim().toLowerCase(java.util.Locale.ROOT));
        if (found.isEmpty()) {
            BcryptUtil.matches(password == null ? "" : password, NO_USER_HASH);
            return new SignIn(null, "unknown user or wrong password");
        }
        UserAccount user = found.get();
        Instant now = Instant.now();
        if (user.lockedUntil != null && user.lockedUntil.isAfter(now)) {
            return new SignIn(null, "account locked after repeated failed sign-ins; try again later");
        }
        if (password == null || !BcryptUtil.matches(password, user.passwordHash)) {
            user.failedLogins++;
            if (user.failedLogins >= MAX_FAILURES) {
                user.lockedUntil = now.plus(LOCKOUT);
                user.failedLogins = 0;
            }
            return new SignIn(null, "unknown user or wrong password");
        }
        if (user.failedLogins != 0 || user.lockedUntil != null) {
            user.failedLogins = 0;
            user.lockedUntil = null;
        }
        return new SignIn(user, null);
    }

    /** A new token for the user: returns the token itself, which is not stored and cannot be shown again. */
    @Transactional
    public String createToken(String username, String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw InvalidInputException.of("name", "is required (at most 100 characters)");
        }
        TextRules.require("name", name);
        UserAccount user = find(username).orElseThrow(() -> new NotFoundException("User", username));
        String token = Hashes.randomSecret("lw_");
        ApiToken t = new ApiToken();
        t.user = user;
        t.name = name.trim();
        t.tokenHash = Hashes.sha256(token);
        t.prefix = token.substring(0, 10);
        em.persist(t);
        return token;
    }

    @Transactional
    public void revokeToken(String username, long tokenId) {
        ApiToken t = em.find(ApiToken.class, tokenId);
        if (t == null || !t.user.username.equals(username)) {
            throw new NotFoundException("Token", tokenId);
        }
        if (t.revokedAt == null) {
            t.revokedAt = Instant.now();
        }
    }

    /** The account a live token belongs to, noting its use. */
    @Transactional
    public Optional<UserAccount> byToken(String token) {
        if (token == null || !token.startsWith("lw_")) {
            return Optional.empty();
        }
        List<ApiToken> found = em.createQuery("select t from ApiToken t join fetch t.user where t.tokenHash = :h and t.revokedAt is null",
                ApiToken.class).setParameter("h", Hashes.sha256(token)).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken live = found.get(0);
        // Noted at most once a minute, so that a busy client does not turn every read into a write; a plain conditional
        // update, not a versioned entity write: concurrent requests with one token must not fail on each other.
        if (live.lastUsedAt == null || live.lastUsedAt.isBefore(Instant.now().minusSeconds(60))) {
            em.createNativeQuery("update api_token set last_used_at = now() where id = :id"
                    + " and (last_used_at is null or last_used_at < now() - interval '60 seconds')").setParameter("id", live.id).executeUpdate();
        }
        return Optional.of(live.user);
    }

    @Transactional
    public List<ApiToken> tokens(String username) {
        return em.createQuery("select t from ApiToken t where t.user.username = :u order by t.createdAt desc, t.id desc", ApiToken.class)
                .setParameter("u", username).getResultList();
    }

    @Transactional
    public List<UserAccount> users() {
        return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class).getResultList();
    }

    @Transactional
    public Optional<UserAccount> find(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class).setParameter("u", username)
                .getResultStream().findFirst();
    }

    @Transactional
    public long count(boolean demoOnly) {
        return em.createQuery("select count(u) from UserAccount u" + (demoOnly ? " where u.demo = true" : ""), Long.class).getSingleResult();
    }
}

package io.labwatch.domain.account;

import io.labwatch.domain.shared.AuditTrail;
import io.labwatch.domain.shared.DuplicateException;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.Hashes;
import io.labwatch.domain.shared.InvalidInputException;
import io.labwatch.domain.shared.NotFoundException;
import io.labwatch.domain.shared.TextRules;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Users, passwords, sessions and API tokens. Passwords are bcrypt-hashed and at least {@value #MIN_PASSWORD}
 * characters; failed sign-ins are throttled ({@link SignInThrottle}). Tokens are random, shown once, stored as
 * SHA-256. A user's sessions end together when their epoch is bumped.
 */
@ApplicationScoped
public class AccountService {

    public static final int MIN_PASSWORD = 12;
    // A hash to compare against when the user does not exist, so both cases take as long.
    private static final String NO_USER_HASH = BcryptUtil.bcryptHash("no-such-user-password", 10);

    @Inject
    EntityManager em;

    @Inject
    SignInThrottle throttle;

    @Inject
    AuditTrail audit;

    @Inject
    Event<SessionsEnded> sessionsEnded;

    private final AtomicLong passwordChecks = new AtomicLong();

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
            throw new DuplicateException("User", null, List.of("username"), username);
        }
        UserAccount user = new UserAccount();
        user.username = username;
        user.passwordHash = BcryptUtil.bcryptHash(password, 10);
        user.role = role;
        user.demo = demo;
        em.persist(user);
        return user;
    }

    /**
     * Checks a password. Every attempt costs exactly one bcrypt check (against a dummy hash where the user is unknown
     * or disabled, against the real one even when throttled), and every refusal reads the same, so neither timing nor
     * wording tells whether an account exists, is locked or was mistyped. Attempts are throttled per account (unless
     * made from a device that signed in to that account before) and per client address ({@link SignInThrottle}).
     *
     * @param address the client's address as configured to be trusted (null: not counted per address)
     * @param knownDevice the attempt comes from a browser that signed in as this user before
     */
    public SignIn signIn(String username, String password, String address, boolean knownDevice) {
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        boolean plausible = name.matches("^[a-z0-9][a-z0-9._-]{1,59}$");
        Optional<UserAccount> found = plausible ? find(name) : Optional.empty();
        Optional<UserAccount> usable = found.filter(u -> u.enabled);
        boolean matches = checkPassword(password, usable.map(u -> u.passwordHash).orElse(NO_USER_HASH)) && usable.isPresent();
        String accountKey = plausible && !knownDevice ? SignInThrottle.accountKey(name) : null;
        boolean allowed = throttle.decide(accountKey, address == null ? null : SignInThrottle.addressKey(address), matches);
        if (!allowed) {
            return new SignIn(null, REFUSAL);
        }
        if (knownDevice) {
            throttle.clear(SignInThrottle.accountKey(name));
        }
        return new SignIn(usable.get(), null);
    }

    /** What every refused sign-in answers, whatever the reason. */
    public static final String REFUSAL = "unknown user or wrong password, or too many attempts: wait a minute and try again";

    private boolean checkPassword(String password, String hash) {
        passwordChecks.incrementAndGet();
        return BcryptUtil.matches(password == null ? "" : password, hash);
    }

    /** How many bcrypt checks sign-ins have made since start (each attempt makes exactly one). */
    public long passwordChecks() {
        return passwordChecks.get();
    }

    /** What a remembered password is checked against: the stored hash, role, status and whether a throttle blocks it. */
    public record CredentialState(String passwordHash, Role role, boolean enabled, boolean throttled) {
    }

    /**
     * One statement: the account's hash, role and status, and whether its account or the client's address is
     * throttled right now (a remembered password must not slip past a lock).
     */
    @Transactional
    public Optional<CredentialState> credentialState(String username, String address) {
        List<?> rows = em.createNativeQuery("""
                select u.password_hash, u.role, u.enabled,
                       exists (select 1 from sign_in_throttle t where t.key in (:account, :address) and t.blocked_until > now())
                  from app_user u where u.username = :u""")
                .setParameter("u", username).setParameter("account", SignInThrottle.accountKey(username))
                .setParameter("address", address == null ? "" : SignInThrottle.addressKey(address)).getResultList();
        return rows.stream().map(r -> (Object[]) r).findFirst()
                .map(r -> new CredentialState((String) r[0], Role.valueOf((String) r[1]), (Boolean) r[2], (Boolean) r[3]));
    }

    /** The state a session is checked against: its user's epoch, role and whether the account is enabled. */
    public record SessionState(int epoch, Role role, boolean enabled) {
    }

    @Transactional
    public Optional<SessionState> sessionState(String username) {
        List<?> rows = em.createNativeQuery("select session_epoch, role, enabled from app_user where username = :u")
                .setParameter("u", username).getResultList();
        return rows.stream().map(r -> (Object[]) r).findFirst()
                .map(r -> new SessionState(((Number) r[0]).intValue(), Role.valueOf((String) r[1]), (Boolean) r[2]));
    }

    /** Ends every session of the user, on every instance (sign-out does this). */
    @Transactional
    public void endSessions(String username) {
        em.createNativeQuery("update app_user set session_epoch = session_epoch + 1 where username = :u").setParameter("u", username)
                .executeUpdate();
        sessionsEnded.fire(new SessionsEnded(username));
    }

    /** A user changes their own password: the current one must be right; every session of the user ends. */
    @Transactional
    public void changePassword(String username, String current, String replacement) {
        UserAccount user = find(username).orElseThrow(() -> new NotFoundException("User", username));
        List<FieldError> errors = new ArrayList<>();
        if (!checkPassword(current, user.passwordHash)) {
            errors.add(new FieldError("currentPassword", "is not your current password"));
        }
        if (replacement == null || replacement.length() < MIN_PASSWORD) {
            errors.add(new FieldError("newPassword", "must be at least " + MIN_PASSWORD + " characters"));
        } else if (replacement.equals(current)) {
            errors.add(new FieldError("newPassword", "must differ from the current password"));
        } else if (replacement.length() > 200) {
            errors.add(new FieldError("newPassword", "must be at most 200 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        user.passwordHash = BcryptUtil.bcryptHash(replacement, 10);
        user.demo = false;
        user.sessionEpoch++;
        audit.record("UPDATE", user, user.username, Map.of("password", "(previous)"), Map.of("password", "(changed)"));
        sessionsEnded.fire(new SessionsEnded(username));
    }

    /** An admin changes a user's role; the user's sessions end (they sign in again with the new role). */
    @Transactional
    public UserAccount changeRole(String username, Role role) {
        UserAccount user = find(username).orElseThrow(() -> new NotFoundException("User", username));
        if (role == null) {
            throw InvalidInputException.of("role", "is required: READER, ANALYST or ADMIN");
        }
        if (user.role == Role.ADMIN && role != Role.ADMIN) {
            requireAnotherAdmin(user, "role");
        }
        if (user.role != role) {
            Map<String, Object> before = Map.of("role", user.role.name());
            user.role = role;
            user.sessionEpoch++;
            audit.record("UPDATE", user, user.username, before, Map.of("role", role.name()));
            sessionsEnded.fire(new SessionsEnded(username));
        }
        return user;
    }

    /** An admin disables or enables an account; disabling ends its sessions and stops its tokens. */
    @Transactional
    public UserAccount setEnabled(String username, boolean enabled) {
        UserAccount user = find(username).orElseThrow(() -> new NotFoundException("User", username));
        if (!enabled && user.role == Role.ADMIN) {
            requireAnotherAdmin(user, "enabled");
        }
        if (user.enabled != enabled) {
            user.enabled = enabled;
            user.sessionEpoch++;
            audit.record("UPDATE", user, user.username, Map.of("enabled", !enabled), Map.of("enabled", enabled));
            sessionsEnded.fire(new SessionsEnded(username));
        }
        return user;
    }

    /** An admin lifts the sign-in throttle of an account (the real owner locked out by someone else's tries). */
    public void clearSignInLock(String username) {
        throttle.clear(SignInThrottle.accountKey(username));
    }

    private void requireAnotherAdmin(UserAccount user, String field) {
        long others = em.createQuery("select count(u) from UserAccount u where u.role = :admin and u.enabled = true and u.id <> :id", Long.class)
                .setParameter("admin", Role.ADMIN).setParameter("id", user.id).getSingleResult();
        if (others == 0) {
            throw InvalidInputException.of(field, "cannot be changed: " + user.username + " is the only enabled admin");
        }
    }

    /** A new token for the user: returns the token itself, which is not stored and cannot be shown again. */
    @Transactional
    public String createToken(String username, String name) {
        return createToken(username, name, TokenScope.WRITE.name()).token();
    }

    /** A token just made: its record, and the token itself, shown this once. */
    public record NewToken(ApiToken record, String token) {
    }

    /** A new token of a scope ("read" or "write") for the user; every problem with the name and scope at once. */
    @Transactional
    public NewToken createToken(String username, String name, String scopeName) {
        List<io.labwatch.domain.shared.FieldError> problems = new java.util.ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 100) {
            problems.add(new io.labwatch.domain.shared.FieldError("name", "is required (at most 100 characters)"));
        }
        TokenScope scope = TokenScope.parse(scopeName);
        if (scope == null) {
            problems.add(new io.labwatch.domain.shared.FieldError("scope", "must be read or write"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        TextRules.require("name", name);
        UserAccount user = find(username).orElseThrow(() -> new NotFoundException("User", username));
        String token = Hashes.randomSecret("lw_");
        ApiToken t = new ApiToken();
        t.user = user;
        t.name = name.trim();
        t.tokenHash = Hashes.sha256(token);
        t.prefix = token.substring(0, 10);
        t.scope = scope;
        em.persist(t);
        return new NewToken(t, token);
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

    /** The live token (with its account), noting its use. */
    @Transactional
    public Optional<ApiToken> byToken(String token) {
        if (token == null || !token.startsWith("lw_")) {
            return Optional.empty();
        }
        List<ApiToken> found = em.createQuery("select t from ApiToken t join fetch t.user where t.tokenHash = :h and t.revokedAt is null and t.user.enabled = true",
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
        return Optional.of(live);
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

package io.labwatch.domain.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Counts failed sign-ins per account and per client address in PostgreSQL, so that parallel tries and several
 * instances count together. The password is checked first; then one transaction locks the rows of the attempt's
 * keys (account first, then address: always in that order, so two attempts never deadlock) and decides. While a
 * key is blocked every attempt is refused with the same answer as a wrong password, even with the right one, so
 * a burst of parallel tries learns nothing from the tries decided after the first failures blocked the key.
 * Refused attempts do not add to the count but keep the key from going quiet: hammering never resets it.
 */
@ApplicationScoped
public class SignInThrottle {

    @Inject
    EntityManager em;

    public static String accountKey(String username) {
        return "user:" + username;
    }

    public static String addressKey(String address) {
        return "address:" + address;
    }

    private record Row(String key, ThrottlePolicy policy, int failures, boolean blocked) {
    }

    /**
     * Records the outcome of a checked password against each key (either may be null: not counted) and says
     * whether the sign-in is allowed: the password was right and neither key was blocked.
     */
    @Transactional
    public boolean decide(String accountKey, String addressKey, boolean passwordRight) {
        Row account = accountKey == null ? null : lock(accountKey, ThrottlePolicy.ACCOUNT);
        Row address = addressKey == null ? null : lock(addressKey, ThrottlePolicy.ADDRESS);
        boolean blocked = (account != null && account.blocked()) || (address != null && address.blocked());
        for (Row row : new Row[] {account, address}) {
            if (row == null) {
                continue;
            }
            if (row.blocked()) {
                em.createNativeQuery("update sign_in_throttle set last_failure_at = now() where key = :key").setParameter("key", row.key())
                        .executeUpdate();
            } else if (!passwordRight) {
                int failures = row.failures() + 1;
                long delay = row.policy().delayAfter(failures).toSeconds();
                em.createNativeQuery("update sign_in_throttle set failures = :failures, last_failure_at = now(),"
                                + " blocked_until = case when :delay > 0 then now() + make_interval(secs => :delay) end where key = :key")
                        .setParameter("failures", failures).setParameter("delay", delay).setParameter("key", row.key()).executeUpdate();
            } else if (!blocked && row == account && row.failures() > 0) {
                clear(row.key());
            }
        }
        return passwordRight && !blocked;
    }

    private Row lock(String key, ThrottlePolicy policy) {
        em.createNativeQuery("insert into sign_in_throttle (key, failures, last_failure_at) values (:key, 0, now()) on conflict (key) do nothing")
                .setParameter("key", key).executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery("""
                select case when last_failure_at < now() - make_interval(secs => :quiet) then 0 else failures end,
                       coalesce(blocked_until > now(), false) and last_failure_at >= now() - make_interval(secs => :quiet)
                  from sign_in_throttle where key = :key for update""")
                .setParameter("quiet", policy.quietPeriod().toSeconds()).setParameter("key", key).getSingleResult();
        return new Row(key, policy, ((Number) row[0]).intValue(), (Boolean) row[1]);
    }

    /** Lifts the lock of a key (an admin clearing an account; a successful sign-in clearing its account). */
    @Transactional
    public void clear(String key) {
        em.createNativeQuery("update sign_in_throttle set failures = 0, blocked_until = null where key = :key").setParameter("key", key)
                .executeUpdate();
    }

    /** Usernames whose sign-ins are refused right now (for the admins' users page and API). */
    @Transactional
    public Set<String> blockedUsernames() {
        @SuppressWarnings("unchecked")
        List<String> keys = em.createNativeQuery("select key from sign_in_throttle where blocked_until > now() and key like 'user:%'")
                .getResultList();
        return keys.stream().map(k -> k.substring("user:".length())).collect(Collectors.toSet());
    }
}

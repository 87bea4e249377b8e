package io.labwatch.domain.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random secrets made once per database and shared by every instance on it (demo mode's signing keys). The first
 * instance to start inserts them; the insert is a no-op for the others, who read the winner's value.
 */
@ApplicationScoped
public class AppSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    /** The secret of that name, made (48 random bytes, URL-safe Base64) if this database has none yet. */
    @Transactional
    public String getOrCreate(String name) {
        byte[] bytes = new byte[48];
        RANDOM.nextBytes(bytes);
        em.createNativeQuery("insert into app_secret (name, value) values (:name, :value) on conflict (name) do nothing")
                .setParameter("name", name).setParameter("value", Base64.getUrlEncoder().withoutPadding().encodeToString(bytes))
                .executeUpdate();
        return (String) em.createNativeQuery("select value from app_secret where name = :name").setParameter("name", name).getSingleResult();
    }
}

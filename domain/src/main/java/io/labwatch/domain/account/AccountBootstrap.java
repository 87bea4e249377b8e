package io.labwatch.domain.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Makes sure someone can sign in, and no one with a demo password can in production. In demo mode three demo
 * users exist (one per role). Otherwise the first admin comes from LABWATCH_ADMIN_USERNAME and
 * LABWATCH_ADMIN_PASSWORD; the application refuses to start with demo users, or with no admin at all.
 */
@ApplicationScoped
public class AccountBootstrap {

    public static final String DEMO_PASSWORD_SUFFIX = "-demo-password";
    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class);

    @Inject
    AccountService accounts;

    @ConfigProperty(name = "labwatch.demo.enabled", defaultValue = "true")
    boolean demo;

    @ConfigProperty(name = "labwatch.admin.username", defaultValue = "admin")
    String adminUsername;

    @ConfigProperty(name = "labwatch.admin.password")
    Optional<String> adminPassword;

    void onStart(@Observes @Priority(10) StartupEvent event) {
        prepare(demo, adminUsername, adminPassword);
    }

    /** Creates the demo users or the configured first admin; refuses a production start that would be unsafe. */
    public void prepare(boolean demo, String adminUsername, Optional<String> adminPassword) {
        if (demo) {
            for (Role role : Role.values()) {
                String name = role.name().toLowerCase(java.util.Locale.ROOT);
                if (accounts.find(name).isEmpty()) {
                    accounts.create(name, name + DEMO_PASSWORD_SUFFIX, role, true);
                }
            }
            LOG.warn("Demo mode: demo users admin, analyst and reader exist (passwords <role>-demo-password). Never expose this instance.");
        } else if (accounts.count(true) > 0) {
            throw new IllegalStateException("Refusing to start in production with demo users in the database; delete them first");
        }
        adminPassword.filter(p -> !p.isBlank()).ifPresent(password -> {
            if (accounts.find(adminUsername).isEmpty()) {
                accounts.create(adminUsername, password, Role.ADMIN, false);
                LOG.infof("Created the first admin '%s' from configuration", adminUsername);
            }
        });
        if (!demo && accounts.users().stream().noneMatch(u -> u.role == Role.ADMIN)) {
            throw new IllegalStateException("Refusing to start in production without an admin: set LABWATCH_ADMIN_PASSWORD");
        }
    }
}

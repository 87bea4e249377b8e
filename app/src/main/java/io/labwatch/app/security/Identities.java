package io.labwatch.app.security;

import io.labwatch.domain.account.UserAccount;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** Builds the security identity of a signed-in account: its name and every role its role includes. */
final class Identities {

    private Identities() {
    }

    static SecurityIdentity of(UserAccount account) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(account.username))
                .addRoles(account.role.grants).build();
    }
}

package io.labwatch.app.security;

import io.labwatch.domain.account.Role;
import io.labwatch.domain.account.UserAccount;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** Builds the security identity of a signed-in account: its name and every role its role includes. */
final class Identities {

    private Identities() {
    }

    static SecurityIdentity of(UserAccount account) {
        return of(account.username, account.role);
    }

    static SecurityIdentity of(String username, Role role) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username)).addRoles(role.grants).build();
    }

    /** A token's identity: its user, with the roles its scope allows, and the scope as an attribute. */
    static SecurityIdentity of(io.labwatch.domain.account.ApiToken token) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(token.user.username))
                .addRoles(token.scope.grants(token.user.role)).addAttribute(io.labwatch.domain.account.TokenScope.class.getName(), token.scope)
                .addAttribute(io.labwatch.domain.account.ApiToken.ID_ATTRIBUTE, token.id).build();
    }
}

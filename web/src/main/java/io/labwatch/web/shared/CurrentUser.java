package io.labwatch.web.shared;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;
import io.quarkus.security.identity.SecurityIdentity;

/** Who is signed in, for the page header: {signedIn} is the username, or empty for an anonymous visitor. */
public final class CurrentUser {

    private CurrentUser() {
    }

    @TemplateGlobal
    static String signedIn() {
        try {
            SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
            return identity == null || identity.isAnonymous() ? "" : identity.getPrincipal().getName();
        } catch (RuntimeException e) {
            return "";
        }
    }

    @TemplateGlobal
    static boolean canEdit() {
        try {
            SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
            return identity != null && identity.hasRole("analyst");
        } catch (RuntimeException e) {
            return false;
        }
    }
}

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

    /** The page being shown, as a path and query ("/labs/anthropic?asOf=2026-05-01"), for forms that return to it. */
    @TemplateGlobal
    static String here() {
        try {
            var request = Arc.container().instance(io.quarkus.vertx.http.runtime.CurrentVertxRequest.class).get().getCurrent();
            return request == null ? "/" : request.request().uri();
        } catch (RuntimeException e) {
            return "/";
        }
    }
}

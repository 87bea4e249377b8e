package io.labwatch.web.session;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The CSRF token forms carry ({@code {inject:csrf.token}} in templates): the session's, or the sign-in form's. */
@Named("csrf")
@RequestScoped
public class CsrfTokens {

    public static final String FIELD = "csrf-token";
    public static final String HEADER = "X-CSRF-Token";
    /** Where the sign-in page leaves the nonce of a login cookie it is about to set. */
    static final String NEW_LOGIN_NONCE = "labwatch.login-nonce";

    @Inject
    SecurityIdentity identity;

    @Inject
    RoutingContext context;

    @Inject
    Sessions sessions;

    public String getParameterName() {
        return FIELD;
    }

    public String getToken() {
        SessionTicket ticket = identity.getAttribute(SessionIdentityProvider.TICKET);
        if (ticket != null) {
            return sessions.csrfToken(ticket);
        }
        if (!identity.isAnonymous()) {
            return sessions.requestToken(identity.getPrincipal().getName());
        }
        String nonce = context.get(NEW_LOGIN_NONCE);
        if (nonce == null) {
            Cookie cookie = context.request().getCookie(Sessions.LOGIN_COOKIE);
            nonce = cookie == null ? "" : cookie.getValue();
        }
        return sessions.loginToken(nonce);
    }
}

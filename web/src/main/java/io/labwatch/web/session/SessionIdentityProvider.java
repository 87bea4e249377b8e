package io.labwatch.web.session;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Turns a session ticket into the identity of its user, with the account's current role, if the session still
 * stands (the account exists, is enabled and has not ended its sessions since).
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionAuthenticationRequest> {

    /** The identity attribute that holds the session's ticket (the CSRF check needs it). */
    public static final String TICKET = "labwatch.session";

    @Inject
    Sessions sessions;

    @Override
    public Class<SessionAuthenticationRequest> getRequestType() {
        return SessionAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionAuthenticationRequest request, AuthenticationRequestContext context) {
        SessionTicket ticket = request.ticket();
        return context.runBlocking(() -> sessions.check(ticket)
                .map(state -> (SecurityIdentity) QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(ticket.username()))
                        .addRoles(state.role().grants).addAttribute(TICKET, ticket).build())
                .orElseThrow(() -> new AuthenticationFailedException("this session has ended")));
    }
}

package io.labwatch.app.security;

import io.labwatch.domain.account.AccountService;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Signs in with a username and password (the web form and HTTP Basic), with lock-out after repeated failures. */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    AccountService accounts;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            AccountService.SignIn result = accounts.signIn(request.getUsername(), new String(request.getPassword().getPassword()));
            if (!result.ok()) {
                throw new AuthenticationFailedException(result.refusal());
            }
            return Identities.of(result.account());
        });
    }
}

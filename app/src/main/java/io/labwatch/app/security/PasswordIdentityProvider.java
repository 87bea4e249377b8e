package io.labwatch.app.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.labwatch.domain.account.AccountService;
import io.labwatch.domain.shared.Hashes;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * Signs in with a username and password over HTTP Basic, throttled per account and client address like the
 * sign-in form. A password that was right is remembered until it goes unused for a minute (as the SHA-256 of user
 * and password, bound to the stored hash it matched), so a busy API client's requests do not pay a bcrypt check and
 * the throttle's row locks, neither every request nor once a minute; a changed password, a disabled account, a new role or a sign-in lock take effect on the next request.
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    AccountService accounts;

    private final Cache<String, String> verified = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(1)).maximumSize(10_000).build();

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            String username = request.getUsername();
            String password = new String(request.getPassword().getPassword());
            String remembered = Hashes.sha256(username + "\n" + password);
            RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
            String address = routing == null || routing.request().remoteAddress() == null ? null : routing.request().remoteAddress().hostAddress();
            String hash = verified.getIfPresent(remembered);
            if (hash != null) {
                Optional<AccountService.CredentialState> state = accounts.credentialState(username, address)
                        .filter(a -> a.enabled() && !a.throttled() && hash.equals(a.passwordHash()));
                if (state.isPresent()) {
                    return Identities.of(username, state.get().role());
                }
                verified.invalidate(remembered);
            }
            AccountService.SignIn result = accounts.signIn(username, password, address, false);
            if (!result.ok()) {
                throw new AuthenticationFailedException(result.refusal());
            }
            verified.put(remembered, result.account().passwordHash);
            return Identities.of(result.account());
        });
    }
}

package io.labwatch.app.security;

import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * How API clients sign in: HTTP Basic or a personal token as a Bearer credential, on any path (a browser's form
 * session works too). Unauthenticated API calls get 401 with both schemes offered; web pages leave the challenge
 * to the login form.
 */
@ApplicationScoped
@Priority(2000)
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String header = context.request().getHeader("Authorization");
        if (header == null) {
            return Uni.createFrom().nullItem();
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(
                    new TokenAuthenticationRequest(new TokenCredential(header.substring(7).trim(), "bearer")), context));
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Uni.createFrom().failure(new io.quarkus.security.AuthenticationFailedException("malformed Basic credentials"));
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Uni.createFrom().failure(new io.quarkus.security.AuthenticationFailedException("malformed Basic credentials"));
            }
            // The routing context goes along so that the password check can count the client's address.
            return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(new UsernamePasswordAuthenticationRequest(
                    decoded.substring(0, colon), new PasswordCredential(decoded.substring(colon + 1).toCharArray())), context));
        }
        return Uni.createFrom().nullItem();
    }

    /**
     * An API call without (good) credentials: 401 with both schemes offered and an RFC 9457 problem body, as every other
     * refusal of the API has; the default challenge has no body.
     */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (!isApi(context)) {
            return HttpAuthenticationMechanism.super.sendChallenge(context);
        }
        if (!context.response().ended() && !context.response().headWritten()) {
            context.response().setStatusCode(401).putHeader("WWW-Authenticate", CHALLENGE)
                    .putHeader("Content-Type", "application/problem+json")
                    .end("{\"type\":\"https://labwatch.dev/problems/unauthorized\",\"title\":\"Unauthorized\",\"status\":401,"
                            + "\"detail\":\"sign in with HTTP Basic (user name and password) or send an API token as Authorization: Bearer <token>\"}");
        }
        return Uni.createFrom().item(true);
    }

    private static final String CHALLENGE = "Basic realm=\"Labwatch\", Bearer realm=\"Labwatch\"";

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (isApi(context)) {
            return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", CHALLENGE));
        }
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(UsernamePasswordAuthenticationRequest.class, TokenAuthenticationRequest.class);
    }

    @Override
    public int getPriority() {
        return 2000;
    }

    static boolean isApi(RoutingContext context) {
        String path = context.normalizedPath();
        return path.startsWith("/api") || path.startsWith("/q/");
    }
}

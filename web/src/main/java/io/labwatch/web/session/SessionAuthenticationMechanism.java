package io.labwatch.web.session;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Signs browsers in by their session cookie. A cookie that does not open, has expired or whose session has ended is
 * cleared and the request goes on as anonymous (so public pages still work); pages that need a user then redirect
 * to the sign-in form. The API accepts a session for reads only: its writes take HTTP Basic or a token, which a
 * foreign site cannot make a browser send.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Inject
    Sessions sessions;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        Cookie cookie = context.request().getCookie(Sessions.SESSION_COOKIE);
        if (cookie == null || (isApi(context) && !SAFE.contains(context.request().method()))) {
            return Uni.createFrom().nullItem();
        }
        return sessions.open(cookie.getValue())
                .map(ticket -> identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(new SessionAuthenticationRequest(ticket), context))
                        .onFailure(AuthenticationFailedException.class).recoverWithUni(() -> {
                            clear(context);
                            return Uni.createFrom().nullItem();
                        }))
                .orElseGet(() -> {
                    clear(context);
                    return Uni.createFrom().nullItem();
                });
    }

    private void clear(RoutingContext context) {
        context.response().addCookie(Cookie.cookie(Sessions.SESSION_COOKIE, "").setPath("/").setMaxAge(0).setHttpOnly(true)
                .setSecure(sessions.secureCookies()).setSameSite(CookieSameSite.STRICT));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (isApi(context)) {
            return Uni.createFrom().nullItem();
        }
        String target = "/login";
        if (context.request().method() == HttpMethod.GET) {
            String uri = context.request().uri();
            target += "?next=" + URLEncoder.encode(uri, StandardCharsets.UTF_8);
        }
        // A relative Location: the redirect never depends on the Host header a client sent.
        return Uni.createFrom().item(new ChallengeData(302, "Location", target));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SessionAuthenticationRequest.class);
    }

    static boolean isApi(RoutingContext context) {
        String path = context.normalizedPath();
        return path.startsWith("/api") || path.startsWith("/q/");
    }
}

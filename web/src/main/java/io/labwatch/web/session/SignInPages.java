package io.labwatch.web.session;

import io.labwatch.domain.account.AccountService;
import io.labwatch.web.shared.ShownOnce;
import io.labwatch.web.shared.Redirect;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Signing in (a form with its own CSRF token, throttled per account and address) and signing out (every session). */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean error, String username, String next);
    }

    @Inject
    AccountService accounts;

    @Inject
    Sessions sessions;

    @Inject
    SecurityIdentity identity;

    @Inject
    RoutingContext routing;

    @GET
    @Path("login")
    public Response login(@QueryParam("next") String next) {
        return form(false, "", next, 200);
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@FormParam("username") String username, @FormParam("password") String password, @FormParam("next") String next) {
        Cookie device = routing.request().getCookie(Sessions.DEVICE_COOKIE);
        AccountService.SignIn result = accounts.signIn(username, password, routing.request().remoteAddress().hostAddress(),
                sessions.knownDevice(device == null ? null : device.getValue(), username));
        if (!result.ok()) {
            return form(true, username == null ? "" : username, next, 401);
        }
        String name = result.account().username;
        SessionTicket ticket = sessions.begin(name);
        return Redirect.seeOther(localPath(next)).cookie(sessions.sessionCookie(ticket), sessions.deviceCookie(name),
                sessions.cleared(Sessions.LOGIN_COOKIE)).build();
    }

    /** Ends every session of the signed-in user (on every device) and clears this browser's cookie. */
    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout() {
        if (!identity.isAnonymous()) {
            accounts.endSessions(identity.getPrincipal().getName());
        }
        return Redirect.seeOther("/login").cookie(sessions.cleared(Sessions.SESSION_COOKIE)).build();
    }

    private Response form(boolean error, String username, String next, int status) {
        Cookie login = routing.request().getCookie(Sessions.LOGIN_COOKIE);
        Response.ResponseBuilder response = Response.status(status);
        if (login == null || login.getValue().isBlank()) {
            String nonce = Sessions.random(18);
            routing.put(CsrfTokens.NEW_LOGIN_NONCE, nonce);
            response.cookie(sessions.loginCookie(nonce));
        }
        return ShownOnce.noStore(response).entity(Templates.login(error, username, localPath(next).equals("/") ? "" : localPath(next))).build();
    }

    /** Where to go after signing in: a path on this site only, never another host (no open redirect). */
    static String localPath(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || next.length() > 2000
                || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f) || next.startsWith("/login") || next.startsWith("/logout")) {
            return "/";
        }
        return next;
    }
}

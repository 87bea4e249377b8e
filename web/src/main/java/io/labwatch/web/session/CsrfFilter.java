package io.labwatch.web.session;

import io.labwatch.domain.shared.PublicUrl;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Refuses forged state changes, whatever their content type:
 * <ul>
 * <li>any unsafe request that a browser marks as coming from another site ({@code Origin} of another host, or
 * {@code Sec-Fetch-Site: cross-site}), however it is authenticated;</li>
 * <li>an unsafe request authenticated by a session cookie without its session's token (form field
 * {@value CsrfTokens#FIELD} or header {@value CsrfTokens#HEADER});</li>
 * <li>a sign-in without the token of the browser's login cookie (login CSRF).</li>
 * </ul>
 * Requests signed in by HTTP Basic or a token carry their credentials themselves; no other site can make a browser
 * send those.
 */
public class CsrfFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final String CHECKED = "labwatch.csrf-checked";

    @Inject
    SecurityIdentity identity;

    @Inject
    Sessions sessions;

    @Inject
    PublicUrl publicUrl;

    /**
     * Before routing, so that a forged request is refused with 403 even where no resource would take its content
     * type: cross-site requests, and unsafe requests that are not forms, whose token can only be in the header.
     */
    @ServerRequestFilter(preMatching = true)
    public void beforeMatching(ContainerRequestContext request, RoutingContext routing) {
        if (SAFE.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            return;
        }
        if (crossSite(request, routing, publicUrl)) {
            throw new ForbiddenException("This request came from another site and was refused.");
        }
        if (isForm(request) || expectedToken(routing) == null) {
            return;
        }
        verify(expectedToken(routing), request.getHeaderString(CsrfTokens.HEADER));
        routing.put(CHECKED, Boolean.TRUE);
    }

    /** After the form is read: its token in the header or in the form field. */
    @ServerRequestFilter
    @WithFormRead
    public void afterFormRead(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (SAFE.contains(request.getMethod().toUpperCase(Locale.ROOT)) || routing.get(CHECKED) != null) {
            return;
        }
        String expected = expectedToken(routing);
        if (expected == null) {
            return;
        }
        String given = request.getHeaderString(CsrfTokens.HEADER);
        ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        if (given == null) {
            Object field = context.getFormParameter(CsrfTokens.FIELD, true, false);
            given = field instanceof String text ? text : null;
        }
        if (!holds(expected, given)) {
            // a form: the page shows it again with what was typed (ProblemPages), never a bare refusal
            throw new StaleFormException(values(context.getFormData()));
        }
    }

    /** What a refused form sent, but its token. */
    private static java.util.Map<String, java.util.List<String>> values(org.jboss.resteasy.reactive.server.core.multipart.FormData form) {
        java.util.Map<String, java.util.List<String>> values = new java.util.LinkedHashMap<>();
        if (form != null) {
            for (String name : form) {
                if (!name.equals(CsrfTokens.FIELD)) {
                    values.put(name, form.get(name).stream().filter(v -> !v.isFileItem()).map(v -> v.getValue()).toList());
                }
            }
        }
        return values;
    }

    /** The token this request must carry: the login form's on /login, the session's if a session signed it in; else none. */
    private String expectedToken(RoutingContext routing) {
        if ("/login".equals(routing.normalizedPath())) {
            Cookie login = routing.request().getCookie(Sessions.LOGIN_COOKIE);
            return login == null || login.getValue().isBlank() ? "" : sessions.loginToken(login.getValue());
        }
        SessionTicket ticket = identity.getAttribute(SessionIdentityProvider.TICKET);
        return ticket == null ? null : sessions.csrfToken(ticket);
    }

    private static boolean holds(String expected, String given) {
        return !expected.isEmpty() && Sessions.same(expected, given);
    }

    private static void verify(String expected, String given) {
        if (!holds(expected, given)) {
            throw new ForbiddenException("This form has expired or was not sent by Labwatch: reload the page and try again.");
        }
    }

    private static boolean isForm(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        // Labwatch's forms are all URL-encoded; any other body (multipart included) can carry the token only in the header.
        return type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
    }

    private static boolean crossSite(ContainerRequestContext request, RoutingContext routing, PublicUrl publicUrl) {
        String site = request.getHeaderString("Sec-Fetch-Site");
        if (site != null && (site.equalsIgnoreCase("cross-site") || site.equalsIgnoreCase("same-site"))) {
            return true;
        }
        String origin = request.getHeaderString("Origin");
        if (origin == null) {
            return false;
        }
        if (origin.equals("null")) {
            return true;
        }
        try {
            URI from = URI.create(origin);
            if (publicUrl.isOrigin(from)) {
                // the public address: a proxy in front may hand Labwatch another Host
                return false;
            }
            var authority = routing.request().authority();
            if (from.getHost() == null || authority == null || !from.getHost().equalsIgnoreCase(authority.host())) {
                return true;
            }
            // Ports compare only where both say one: behind a TLS proxy the scheme (and so the default port) differs.
            return from.getPort() > 0 && authority.port() > 0 && from.getPort() != authority.port();
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}

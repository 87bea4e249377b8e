package io.labwatch.web.account;

import io.labwatch.domain.account.AccountService;
import io.labwatch.domain.account.ApiToken;
import io.labwatch.domain.account.Role;
import io.labwatch.domain.account.SignInThrottle;
import io.labwatch.domain.account.UserAccount;
import io.labwatch.domain.shared.DomainException;
import io.labwatch.domain.shared.DuplicateException;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.InvalidInputException;
import io.labwatch.web.form.FormErrors;
import io.labwatch.web.session.Sessions;
import io.labwatch.web.shared.Redirect;
import io.labwatch.web.shared.ShownOnce;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;

/** A user's password and API tokens, and (for admins) the users: their roles, whether they are enabled, sign-in locks. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(String username, String role, List<ApiToken> tokens, String newToken, FormErrors errors,
                boolean passwordChanged);

        static native TemplateInstance users(List<UserAccount> users, Role[] roles, FormErrors errors, String username, String role,
                Set<String> blocked);
    }

    @Inject
    AccountService accounts;

    @Inject
    SecurityIdentity identity;

    @Inject
    Sessions sessions;

    @Inject
    SignInThrottle throttle;

    @GET
    @Path("account")
    public TemplateInstance account() {
        return page(null, FormErrors.NONE);
    }

    @POST
    @Path("account/tokens")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createToken(@FormParam("name") String name, @FormParam("scope") String scope) {
        try {
            String token = accounts.createToken(identity.getPrincipal().getName(), name, scope == null ? "READ" : scope).token();
            return ShownOnce.ok(page(token, FormErrors.NONE)).build();
        } catch (InvalidInputException e) {
            return Response.status(422).entity(page(null, new FormErrors(e.errors))).build();
        }
    }

    @POST
    @Path("account/tokens/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("id") long id) {
        accounts.revokeToken(identity.getPrincipal().getName(), id);
        return Redirect.seeOther("/account").build();
    }

    /**
     * A user changes their own password; every session of theirs ends, and this browser gets a new one (so the
     * user stays signed in here and nowhere else).
     */
    @POST
    @Path("account/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(@FormParam("currentPassword") String current, @FormParam("newPassword") String replacement) {
        String me = identity.getPrincipal().getName();
        try {
            accounts.changePassword(me, current, replacement);
        } catch (InvalidInputException e) {
            return Response.status(422).entity(Templates.account(me, roleOf(me), accounts.tokens(me), null, new FormErrors(e.errors), false)).build();
        }
        return Response.ok(Templates.account(me, roleOf(me), accounts.tokens(me), null, FormErrors.NONE, true))
                .cookie(sessions.sessionCookie(sessions.begin(me))).build();
    }

    @GET
    @Path("admin/users")
    public TemplateInstance users() {
        return users(FormErrors.NONE, "", "READER");
    }

    @POST
    @Path("admin/users/{username}/role")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeRole(@PathParam("username") String username, @FormParam("role") String role) {
        return adminChange(username, () -> accounts.changeRole(username, Role.parse(role)));
    }

    @POST
    @Path("admin/users/{username}/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disable(@PathParam("username") String username) {
        return adminChange(username, () -> accounts.setEnabled(username, false));
    }

    @POST
    @Path("admin/users/{username}/enable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enable(@PathParam("username") String username) {
        return adminChange(username, () -> accounts.setEnabled(username, true));
    }

    /** Lifts the sign-in throttle of an account, e.g. after someone else's failed tries locked its owner out. */
    @POST
    @Path("admin/users/{username}/unlock")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unlock(@PathParam("username") String username) {
        return adminChange(username, () -> accounts.clearSignInLock(username));
    }

    private Response adminChange(String username, Runnable change) {
        try {
            change.run();
        } catch (InvalidInputException e) {
            return Response.status(422).entity(users(new FormErrors(e.errors), "", "READER")).build();
        }
        return Redirect.seeOther("/admin/users").build();
    }

    private TemplateInstance users(FormErrors errors, String username, String role) {
        return Templates.users(accounts.users(), Role.values(), errors, username, role, throttle.blockedUsernames());
    }


    @POST
    @Path("admin/users")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createUser(@FormParam("username") String username, @FormParam("password") String password,
            @FormParam("role") String role) {
        try {
            Role chosen = role == null ? null : Role.valueOf(role);
            accounts.create(username, password, chosen, false);
            return Redirect.seeOther("/admin/users").build();
        } catch (InvalidInputException e) {
            return Response.status(422).entity(users(new FormErrors(e.errors), username, role)).build();
        } catch (DuplicateException | IllegalArgumentException e) {
            FormErrors errors = new FormErrors(List.of(new FieldError(e instanceof DomainException ? "username" : "role", e.getMessage())));
            return Response.status(409).entity(users(errors, username, role)).build();
        }
    }

    private TemplateInstance page(String newToken, FormErrors errors) {
        String me = identity.getPrincipal().getName();
        return Templates.account(me, roleOf(me), accounts.tokens(me), newToken, errors, false);
    }

    private String roleOf(String username) {
        return accounts.find(username).map(u -> u.role.name().toLowerCase(java.util.Locale.ROOT)).orElse("");
    }
}

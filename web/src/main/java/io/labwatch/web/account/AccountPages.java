package io.labwatch.web.account;

import io.labwatch.domain.account.AccountService;
import io.labwatch.domain.account.ApiToken;
import io.labwatch.domain.account.Role;
import io.labwatch.domain.account.UserAccount;
import io.labwatch.domain.shared.DomainException;
import io.labwatch.domain.shared.DuplicateException;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.InvalidInputException;
import io.labwatch.web.form.FormErrors;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** Signing in and out, a user's API tokens, and (for admins) the users. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean error);

        static native TemplateInstance account(String username, String role, List<ApiToken> tokens, String newToken, FormErrors errors);

        static native TemplateInstance users(List<UserAccount> users, Role[] roles, FormErrors errors, String username, String role);
    }

    @Inject
    AccountService accounts;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("login")
    public TemplateInstance login(@QueryParam("error") boolean error) {
        return Templates.login(error);
    }

    /** Ends the session: the session cookie is removed. */
    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout() {
        NewCookie gone = new NewCookie.Builder("quarkus-credential").value("").path("/").maxAge(0).httpOnly(true).build();
        return Response.seeOther(URI.create("/login")).cookie(gone).build();
    }

    @GET
    @Path("account")
    public TemplateInstance account() {
        return page(null, FormErrors.NONE);
    }

    @POST
    @Path("account/tokens")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createToken(@FormParam("name") String name) {
        try {
            String token = accounts.createToken(identity.getPrincipal().getName(), name);
            return Response.ok(page(token, FormErrors.NONE)).build();
        } catch (InvalidInputException e) {
            return Response.status(422).entity(page(null, new FormErrors(e.errors))).build();
        }
    }

    @POST
    @Path("account/tokens/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("id") long id) {
        accounts.revokeToken(identity.getPrincipal().getName(), id);
        return Response.seeOther(URI.create("/account")).build();
    }

    @GET
    @Path("admin/users")
    public TemplateInstance users() {
        return Templates.users(accounts.users(), Role.values(), FormErrors.NONE, "", "READER");
    }

    @POST
    @Path("admin/users")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createUser(@FormParam("username") String username, @FormParam("password") String password,
            @FormParam("role") String role) {
        try {
            Role chosen = role == null ? null : Role.valueOf(role);
            accounts.create(username, password, chosen, false);
            return Response.seeOther(URI.create("/admin/users")).build();
        } catch (InvalidInputException e) {
            return Response.status(422).entity(Templates.users(accounts.users(), Role.values(), new FormErrors(e.errors), username, role)).build();
        } catch (DuplicateException | IllegalArgumentException e) {
            FormErrors errors = new FormErrors(List.of(new FieldError(e instanceof DomainException ? "username" : "role", e.getMessage())));
            return Response.status(409).entity(Templates.users(accounts.users(), Role.values(), errors, username, role)).build();
        }
    }

    private TemplateInstance page(String newToken, FormErrors errors) {
        String me = identity.getPrincipal().getName();
        String role = accounts.find(me).map(u -> u.role.name().toLowerCase(java.util.Locale.ROOT)).orElse("");
        return Templates.account(me, role, accounts.tokens(me), newToken, errors);
    }
}

package io.labwatch.api.account;

import io.labwatch.api.error.RequestBodies;
import io.labwatch.domain.account.AccountService;
import io.labwatch.domain.account.Role;
import io.labwatch.domain.account.SignInThrottle;
import io.labwatch.domain.account.UserAccount;
import io.labwatch.domain.shared.InvalidInputException;
import io.labwatch.domain.shared.NotFoundException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Your account over the API: your own password and sessions (any signed-in user). Users, their roles and locks are
 * {@link UserResource}'s. Every change is in the audit history; a password change ends your sessions.
 */
@Path("/api/account")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class AccountResource {

    /** A password change: the current password, and the new one (at least 12 characters). */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @Inject
    AccountService accounts;

    @Inject
    SecurityIdentity identity;

    @PUT
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change your password", description = "Needs the current password; every session of yours ends (API tokens keep working).")
    @APIResponse(responseCode = "204", description = "Changed; your browser sessions have ended")
    public Response changePassword(PasswordChange request) {
        PasswordChange body = RequestBodies.require(request);
        accounts.changePassword(identity.getPrincipal().getName(), body.currentPassword(), body.newPassword());
        return Response.noContent().build();
    }

    @POST
    @Path("/sessions/end")
    @Operation(summary = "Sign out everywhere", description = "Ends every browser session of yours, on every instance.")
    @APIResponse(responseCode = "204", description = "Every browser session of yours has ended")
    public Response endSessions() {
        accounts.endSessions(identity.getPrincipal().getName());
        return Response.noContent().build();
    }
}

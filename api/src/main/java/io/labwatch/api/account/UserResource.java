package io.labwatch.api.account;

import io.labwatch.api.error.RequestBodies;
import io.labwatch.api.shared.Listing;
import io.labwatch.domain.account.AccountService;
import io.labwatch.domain.account.Role;
import io.labwatch.domain.account.SignInThrottle;
import io.labwatch.domain.account.UserAccount;
import io.labwatch.domain.listing.ListRequest;
import io.labwatch.domain.listing.WholeList;
import io.labwatch.domain.shared.InvalidInputException;
import io.labwatch.domain.shared.NotFoundException;
import io.labwatch.domain.shared.PublicUrl;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Users over the API, for admins: their roles, whether they are enabled, and sign-in locks; every change audited. */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class UserResource {

    /** What an admin changes about a user: the role, whether the account is enabled, or both. */
    public record UserChange(String role, Boolean enabled) {
    }

    /** A user as admins see it: never a hash. */
    public record UserView(String username, String role, boolean enabled, boolean demo, boolean signInThrottled) {
        static UserView of(UserAccount u, Set<String> throttled) {
            return new UserView(u.username, u.role.name(), u.enabled, u.demo, throttled.contains(u.username));
        }
    }

    /** An installation's users are few (its analysts): read whole, by name; names are unique, so no id breaks ties. */
    private static final WholeList<UserView> BY_NAME = new WholeList<>("username", UserView::username, user -> 0, false);

    @Inject
    AccountService accounts;

    @Inject
    PublicUrl publicUrl;

    @Inject
    SignInThrottle throttle;

    @GET
    @Operation(summary = "The users (admins)", description = "With role, status and whether sign-ins are throttled right now.")
    public Response users(@Context UriInfo uri) {
        ListRequest request = Listing.request(uri, "the user list", List.of());
        Set<String> throttled = throttle.blockedUsernames();
        return Listing.respond(BY_NAME.page(accounts.users().stream().map(u -> UserView.of(u, throttled)).toList(), request),
                publicUrl.rebase(uri.getRequestUri()));
    }

    @PATCH
    @Path("/{username}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Change a user's role or status (admins)", description = "The user's sessions end; the only enabled admin "
            + "cannot be disabled or demoted.")
    public UserView change(@PathParam("username") String username, UserChange request) {
        UserChange body = RequestBodies.require(request);
        if (body.role() == null && body.enabled() == null) {
            throw InvalidInputException.of("role", "or enabled is required");
        }
        if (accounts.find(username).isEmpty()) {
            throw new NotFoundException("User", username);
        }
        if (body.role() != null) {
            Role role = Role.parse(body.role());
            if (role == null) {
                throw InvalidInputException.of("role", "must be READER, ANALYST or ADMIN");
            }
            accounts.changeRole(username, role);
        }
        if (body.enabled() != null) {
            accounts.setEnabled(username, body.enabled());
        }
        return UserView.of(accounts.find(username).orElseThrow(), throttle.blockedUsernames());
    }

    @POST
    @Path("/{username}/unlock")
    @Operation(summary = "Lift a user's sign-in throttle (admins)", description = "After someone else's failed tries locked the owner out.")
    @APIResponse(responseCode = "204", description = "The throttle is lifted")
    public Response unlock(@PathParam("username") String username) {
        if (accounts.find(username).isEmpty()) {
            throw new NotFoundException("User", username);
        }
        accounts.clearSignInLock(username);
        return Response.noContent().build();
    }

}

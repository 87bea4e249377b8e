package io.labwatch.api.account;

import io.labwatch.api.error.RequestBodies;
import io.labwatch.api.shared.Listing;
import io.labwatch.domain.account.AccountService;
import io.labwatch.domain.account.ApiToken;
import io.labwatch.domain.account.TokenScope;
import io.labwatch.domain.listing.ListRequest;
import io.labwatch.domain.listing.WholeList;
import io.labwatch.domain.shared.PublicUrl;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Your API tokens over the API: make one (read or write), list them, revoke one. A read token may only list; making
 * and revoking tokens needs a password or a write token, so that a read token cannot make itself a write one.
 */
@Path("/api/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class TokenResource {

    /** A token to make: a name to tell it apart, and what it may do. */
    public record TokenRequest(@Schema(required = true, maxLength = 100, examples = "nightly import") String name,
            @Schema(required = true, enumeration = {"READ", "WRITE"}, description = "READ only reads; WRITE acts as your role allows")
            String scope) {
    }

    /** A token as listed: never the token itself. */
    public record TokenView(@Schema(readOnly = true) long id, String name, @Schema(description = "The token's first characters") String prefix,
            TokenScope scope, Instant createdAt, @Schema(nullable = true) Instant lastUsedAt, @Schema(nullable = true) Instant revokedAt) {
        static TokenView of(ApiToken t) {
            return new TokenView(t.id, t.name, t.prefix, t.scope, t.createdAt, t.lastUsedAt, t.revokedAt);
        }
    }

    /** A token just made, with the token itself: shown this once, never stored. */
    public record NewTokenView(TokenView record, @Schema(description = "Send as Authorization: Bearer <token>") String token) {
    }

    /** One user's tokens are few: read whole, paged in the order they are read (newest first). */
    private static final WholeList<TokenView> NEWEST_FIRST = new WholeList<>("newest", TokenView::createdAt, TokenView::id, true);

    @Inject
    AccountService accounts;

    @Inject
    SecurityIdentity identity;

    @Inject
    PublicUrl publicUrl;

    @GET
    @Operation(summary = "List your API tokens", description = "Newest first; revoked ones too, with when. Never the tokens themselves.")
    public Response list(@Context UriInfo uri) {
        ListRequest request = Listing.request(uri, "the token list", List.of());
        return Listing.respond(NEWEST_FIRST.page(accounts.tokens(me()).stream().map(TokenView::of).toList(), request),
                publicUrl.rebase(uri.getRequestUri()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make an API token", description = "The answer holds the token, once: store it now. Needs a password or a write token.")
    @APIResponse(responseCode = "201", description = "Made; Location names it", headers = @Header(name = "Location",
            description = "The new token's address", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewTokenView.class)))
    public Response create(TokenRequest request, @Context UriInfo uri) {
        refuseReadTokens();
        TokenRequest body = RequestBodies.require(request);
        AccountService.NewToken made = accounts.createToken(me(), body.name(), body.scope());
        return Response.created(publicUrl.rebase(uri.getAbsolutePathBuilder().path(String.valueOf(made.record().id)).build()))
                .header("Cache-Control", "no-store").entity(new NewTokenView(TokenView.of(made.record()), made.token())).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke an API token", description = "It stops working at once, on every instance. Needs a password or a write token.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke(@PathParam("id") long id) {
        refuseReadTokens();
        accounts.revokeToken(me(), id);
        return Response.noContent().build();
    }

    private void refuseReadTokens() {
        if (identity.getAttribute(TokenScope.class.getName()) == TokenScope.READ) {
            throw new ForbiddenException("a read token cannot make or revoke tokens: use your password or a write token");
        }
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}

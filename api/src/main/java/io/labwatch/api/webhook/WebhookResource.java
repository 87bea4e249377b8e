package io.labwatch.api.webhook;

import io.labwatch.api.error.RequestBodies;
import io.labwatch.api.shared.Listing;
import io.labwatch.domain.listing.ListRequest;
import io.labwatch.domain.listing.WholeList;
import io.labwatch.domain.shared.PublicUrl;
import io.labwatch.domain.webhook.Webhooks;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's webhooks: each new or changed fact about what their watchlist follows is POSTed to them as signed JSON.
 * Registering and stopping one is for analysts and admins.
 */
@Path("/api/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class WebhookResource {

    /** A webhook to register: an https URL to a public address (see labwatch.webhooks.*) and an optional description. */
    public record WebhookRequest(String url, String description) {
    }

    /** One user's webhooks are few: read whole, the active ones first, then newest first. */
    private static final WholeList<Webhooks.Hook> ACTIVE_FIRST = new WholeList<>("active", Webhooks.Hook::active, Webhooks.Hook::id, true);

    @Inject
    Webhooks webhooks;

    @Inject
    SecurityIdentity identity;

    @Inject
    PublicUrl publicUrl;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Your webhooks", description = "With counts of pending, delivered and failed deliveries.")
    public Response list() {
        return Listing.respond(ACTIVE_FIRST.page(webhooks.list(me()), Listing.request(uri, "the webhook list", List.of())),
                publicUrl.rebase(uri.getRequestUri()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a webhook", description = "The answer holds the signing secret, shown only now. Each delivery "
            + "carries X-Labwatch-Delivery, X-Labwatch-Event, X-Labwatch-Timestamp and X-Labwatch-Signature: sha256=<hex HMAC-SHA256 "
            + "of timestamp + \".\" + body under the secret>.")
    @APIResponse(responseCode = "201", description = "Registered; Location is its delivery log", headers = @Header(name = "Location",
            description = "The webhook's delivery log", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Webhooks.Registered.class)))
    public Response register(WebhookRequest request) {
        WebhookRequest body = RequestBodies.require(request);
        Webhooks.Registered hook = webhooks.register(me(), body.url(), body.description());
        // The public base URL, never the Host header the client sent.
        return Response.created(publicUrl.rebase(uri.getBaseUriBuilder().path("api/webhooks").path(String.valueOf(hook.id())).path("deliveries")
                .build())).entity(hook).header("Cache-Control", "no-store, private").build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Stop a webhook", description = "No more deliveries are sent; its delivery log is kept.")
    @APIResponse(responseCode = "204", description = "Stopped")
    public Response stop(@PathParam("id") long id) {
        webhooks.deactivate(me(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "A webhook's delivery log", description = "The newest deliveries, each with its payload and every attempt.")
    public Response deliveries(@PathParam("id") long id) {
        ListRequest request = Listing.byCursor(uri, "the delivery log", List.of());
        return Listing.respond(webhooks.deliveries(me(), id, request), publicUrl.rebase(uri.getRequestUri()));
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}

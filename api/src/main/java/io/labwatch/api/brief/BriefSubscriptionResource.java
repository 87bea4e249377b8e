package io.labwatch.api.brief;

import io.labwatch.api.shared.Listing;
import io.labwatch.domain.listing.ListRequest;
import io.labwatch.domain.listing.WholeList;
import io.labwatch.domain.shared.PublicUrl;
import io.labwatch.reports.delivery.BriefSubscriptions;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's scheduled briefs: subscribe, list with how each email went, cancel. */
@Path("/api/brief-subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Briefs")
public class BriefSubscriptionResource {

    /**
     * A subscription: where to send, the audience (INVESTOR, ENTERPRISE_BUYER, REGULATOR, COMPETITOR), the labs by slug
     * (empty: all) and the cadence (WEEKLY: Mondays, for the week before; MONTHLY: the 1st, for the month before).
     */
    public record SubscriptionRequest(String email, String audience, List<String> labs, String cadence) {
    }

    @Inject
    BriefSubscriptions subscriptions;

    @Inject
    SecurityIdentity identity;

    @Inject
    PublicUrl publicUrl;

    /** One user's subscriptions are few: read whole, in the order they are read. */
    private static final WholeList<BriefSubscriptions.View> ACTIVE_FIRST = new WholeList<>("active", BriefSubscriptions.View::active,
            BriefSubscriptions.View::id, true);

    @GET
    @Operation(summary = "Your scheduled briefs", description = "The active ones first, then newest first, each with its last emails: kind (BRIEF or ERRATUM), period,"
            + " status (PENDING, SENT, FAILED), attempts and last error.")
    public Response list(@Context UriInfo uri) {
        ListRequest request = Listing.request(uri, "the subscription list", List.of());
        return Listing.respond(ACTIVE_FIRST.page(subscriptions.of(me()), request), publicUrl.rebase(uri.getRequestUri()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe to a brief", description = "Labwatch publishes the brief on schedule (06:00 UTC) and emails it with the PDF"
            + " attached. Every invalid field is reported at once (422).")
    @APIResponse(responseCode = "201", description = "Subscribed; Location names the subscription",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BriefSubscription")))
    public Response subscribe(SubscriptionRequest request, @Context UriInfo uri) {
        SubscriptionRequest r = request == null ? new SubscriptionRequest(null, null, null, null) : request;
        BriefSubscriptions.View view = subscriptions.subscribe(me(), r.email(), r.audience(), r.labs(), r.cadence());
        return Response.created(publicUrl.rebase(uri.getBaseUriBuilder().path("api/brief-subscriptions").path(String.valueOf(view.id())).build()))
                .entity(view).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Cancel a subscription", description = "Another user's subscription is not found (404).")
    @APIResponse(responseCode = "204", description = "Cancelled")
    public Response cancel(@PathParam("id") long id) {
        subscriptions.cancel(me(), id);
        return Response.noContent().build();
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}

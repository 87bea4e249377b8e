package io.labwatch.api.watchlist;

import io.labwatch.api.shared.Listing;
import io.labwatch.domain.listing.ListRequest;
import io.labwatch.domain.shared.PublicUrl;
import io.labwatch.domain.timetravel.AsOf;
import io.labwatch.domain.watchlist.Watchlist;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's watchlist: labs and people followed, saved searches, and what was recorded since a moment. */
@Path("/api/watchlist")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Watchlist")
public class WatchlistResource {

    @Inject
    Watchlist watchlist;

    @Inject
    SecurityIdentity identity;

    @Inject
    PublicUrl publicUrl;

    @GET
    @Operation(summary = "What you follow")
    public WatchlistView read() {
        return new WatchlistView(watchlist.followed(me()), watchlist.savedSearches(me()));
    }

    /** What a user follows: labs and people, and saved searches. */
    public record WatchlistView(List<Watchlist.Followed> followed, List<Watchlist.SavedSearch> savedSearches) {
    }

    @PUT
    @Path("/{kind:labs|people}/{slug}")
    @Operation(summary = "Follow a lab or a person")
    @APIResponse(responseCode = "204", description = "Followed (following it again changes nothing)")
    public Response follow(@PathParam("kind") String kind, @PathParam("slug") String slug) {
        watchlist.follow(me(), kind(kind), slug);
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{kind:labs|people}/{slug}")
    @Operation(summary = "Stop following a lab or a person")
    @APIResponse(responseCode = "204", description = "No longer followed")
    public Response unfollow(@PathParam("kind") String kind, @PathParam("slug") String slug) {
        watchlist.unfollow(me(), kind(kind), slug);
        return Response.noContent().build();
    }

    @GET
    @Path("/news")
    @Operation(summary = "What's new", description = "Facts recorded after since (the start of a date, or an instant; default: the last 30 days) "
            + "about what you follow, newest recorded first, by cursor.")
    public Response news(@Context UriInfo uri) {
        ListRequest request = Listing.byCursor(uri, "the news", List.of("since"));
        Instant from = AsOf.since(request.filters().get("since"), "since");
        return Listing.respond(watchlist.whatsNew(me(), from == null ? Instant.now().minusSeconds(30L * 86_400) : from, request),
                publicUrl.rebase(uri.getRequestUri()));
    }

    private static String kind(String segment) {
        return segment.equals("labs") ? "lab" : "person";
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}

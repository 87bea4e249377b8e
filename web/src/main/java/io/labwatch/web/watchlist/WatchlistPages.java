package io.labwatch.web.watchlist;

import io.labwatch.domain.timeline.TimelineEntry;
import io.labwatch.domain.watchlist.Watchlist;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
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
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/** A user's watchlist and "what's new" since their last visit (or a chosen date). */
@Path("/watchlist")
@Produces(MediaType.TEXT_HTML)
public class WatchlistPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance watchlist(List<Watchlist.Followed> followed, List<TimelineEntry> news, String since);
    }

    @Inject
    Watchlist watchlist;

    @Inject
    SecurityIdentity identity;

    @GET
    public TemplateInstance page(@QueryParam("since") String since) {
        String me = identity.getPrincipal().getName();
        Instant lastVisit = watchlist.markSeen(me);
        Instant from;
        try {
            from = since != null && !since.isBlank() ? LocalDate.parse(since.trim()).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : lastVisit != null ? lastVisit : Instant.EPOCH;
        } catch (DateTimeParseException e) {
            from = lastVisit != null ? lastVisit : Instant.EPOCH;
        }
        String shown = from.equals(Instant.EPOCH) ? "" : from.atOffset(ZoneOffset.UTC).toLocalDate().toString();
        return Templates.watchlist(watchlist.followed(me), watchlist.whatsNew(me, from, 100), shown);
    }

    @POST
    @Path("/follow")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response follow(@FormParam("kind") String kind, @FormParam("slug") String slug) {
        watchlist.follow(identity.getPrincipal().getName(), kind, slug);
        return Response.seeOther(URI.create(kind.equals("lab") ? "/labs/" + slug : "/people/" + slug)).build();
    }

    @POST
    @Path("/unfollow")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unfollow(@FormParam("kind") String kind, @FormParam("slug") String slug) {
        watchlist.unfollow(identity.getPrincipal().getName(), kind, slug);
        return Response.seeOther(URI.create("/watchlist")).build();
    }
}

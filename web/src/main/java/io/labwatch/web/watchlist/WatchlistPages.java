package io.labwatch.web.watchlist;

import io.labwatch.domain.timeline.TimelineEntry;
import io.labwatch.domain.timetravel.AsOf;
import io.labwatch.domain.shared.InvalidInputException;
import io.labwatch.domain.shared.NotFoundException;
import io.labwatch.domain.shared.PublicUrl;
import io.labwatch.domain.watchlist.Watchlist;
import io.labwatch.domain.webhook.Webhooks;
import io.labwatch.web.form.FormErrors;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A user's watchlist: what they follow (labs, people, saved searches), "what's new" since their last visit (or a chosen
 * date), a private Atom feed, and (analysts and admins) webhooks with their delivery log.
 */
@Path("/watchlist")
@Produces(MediaType.TEXT_HTML)
public class WatchlistPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance watchlist(List<Watchlist.Followed> followed, List<TimelineEntry> news, String since,
                List<Watchlist.SavedSearch> searches, boolean hasFeed, String newFeedUrl, List<Webhooks.Hook> hooks,
                Webhooks.Registered newHook, FormErrors errors, String hookUrl, String hookDescription);

        static native TemplateInstance feedLink(String feed, String feedUrl, boolean hasFeed);

        static native TemplateInstance deliveries(Webhooks.Hook hook, List<Webhooks.Delivery> deliveries);
    }

    /** What the page shows besides the lists: a token or secret shown once, and the webhook form's errors. */
    private record Extras(String newFeedUrl, Webhooks.Registered newHook, FormErrors errors, String hookUrl, String hookDescription) {
        static final Extras NONE = new Extras(null, null, FormErrors.NONE, "", "");
    }

    @Inject
    Webhooks webhooks;

    @Inject
    Watchlist watchlist;

    @Inject
    PublicUrl publicUrl;

    @Inject
    SecurityIdentity identity;

    @GET
    public TemplateInstance page(@QueryParam("since") String since) {
        return page(since, Extras.NONE);
    }

    private TemplateInstance page(String since, Extras extras) {
        String me = identity.getPrincipal().getName();
        Instant chosen = AsOf.since(since, "since");
        Instant lastVisit = watchlist.markSeen(me);
        Instant from = chosen != null ? chosen : lastVisit != null ? lastVisit : Instant.EPOCH;
        String shown = from.equals(Instant.EPOCH) ? "" : from.atOffset(ZoneOffset.UTC).toLocalDate().toString();
        List<Webhooks.Hook> hooks = identity.hasRole("analyst") ? webhooks.list(me) : List.of();
        return Templates.watchlist(watchlist.followed(me), watchlist.whatsNew(me, from, 100), shown, watchlist.savedSearches(me),
                watchlist.hasFeedToken(me), extras.newFeedUrl(), hooks, extras.newHook(), extras.errors(), extras.hookUrl(),
                extras.hookDescription());
    }

    @POST
    @Path("/searches")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveSearch(@FormParam("query") String query) {
        try {
            watchlist.saveSearch(me(), query);
        } catch (InvalidInputException e) {
            return Response.status(422).entity(page(null, new Extras(null, null, new FormErrors(e.errors), "", ""))).build();
        }
        return Redirect.seeOther("/watchlist").build();
    }

    @POST
    @Path("/searches/{id}/remove")
    public Response removeSearch(@PathParam("id") long id) {
        watchlist.removeSearch(me(), id);
        return Redirect.seeOther("/watchlist").build();
    }

    /** A new private feed URL, shown once; any earlier one stops working. */
    @POST
    @Path("/feed-token")
    public Response newFeedToken(@Context UriInfo uri) {
        String base = publicUrl.root(uri.getBaseUri());
        return ShownOnce.ok(page(null, new Extras(base + "/feeds/watchlist/" + watchlist.newFeedToken(me()) + ".atom", null, FormErrors.NONE, "", "")))
                .build();
    }

    /**
     * The address at which a feed reader reads one lab's or person's feed as this user ({@code feed}: "labs/anthropic"),
     * signed with their private feed token: replacing or revoking the token ends it.
     */
    @GET
    @Path("/feed-link")
    public TemplateInstance feedLink(@QueryParam("feed") String feed, @Context UriInfo uri) {
        if (feed == null || !feed.matches("(labs|people)/[a-z0-9][a-z0-9-]{0,99}")) {
            throw new io.labwatch.domain.listing.BadQueryException(List.of(new io.labwatch.domain.shared.FieldError("feed",
                    "must name a lab's or a person's feed, as labs/anthropic or people/andrej-karpathy")));
        }
        String me = me();
        String url = watchlist.feedSignature(me, feed).map(signature -> publicUrl.root(uri.getBaseUri()) + "/feeds/private/"
                + java.net.URLEncoder.encode(me, java.nio.charset.StandardCharsets.UTF_8) + "/" + signature + "/" + feed + ".atom").orElse(null);
        return Templates.feedLink(feed, url, url != null);
    }

    @POST
    @Path("/feed-token/revoke")
    public Response revokeFeedToken() {
        watchlist.revokeFeedToken(me());
        return Redirect.seeOther("/watchlist").build();
    }

    @POST
    @Path("/webhooks")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addWebhook(@FormParam("url") String url, @FormParam("description") String description) {
        try {
            Webhooks.Registered hook = webhooks.register(me(), url, description);
            return ShownOnce.ok(page(null, new Extras(null, hook, FormErrors.NONE, "", ""))).build();
        } catch (InvalidInputException e) {
            return Response.status(422).entity(page(null, new Extras(null, null, new FormErrors(e.errors), url == null ? "" : url,
                    description == null ? "" : description))).build();
        }
    }

    @POST
    @Path("/webhooks/{id}/deactivate")
    public Response deactivateWebhook(@PathParam("id") long id) {
        webhooks.deactivate(me(), id);
        return Redirect.seeOther("/watchlist").build();
    }

    @GET
    @Path("/webhooks/{id}")
    public TemplateInstance deliveries(@PathParam("id") long id) {
        String me = me();
        Webhooks.Hook hook = webhooks.list(me).stream().filter(h -> h.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("Webhook", id));
        return Templates.deliveries(hook, webhooks.deliveries(me, id, 50));
    }

    private String me() {
        return identity.getPrincipal().getName();
    }

    @POST
    @Path("/follow")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response follow(@FormParam("kind") String kind, @FormParam("slug") String slug) {
        watchlist.follow(identity.getPrincipal().getName(), kind, slug);
        return Redirect.seeOther(kind.equals("lab") ? "/labs/" + slug : "/people/" + slug).build();
    }

    @POST
    @Path("/unfollow")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unfollow(@FormParam("kind") String kind, @FormParam("slug") String slug, @FormParam("back") String back) {
        watchlist.unfollow(identity.getPrincipal().getName(), kind, slug);
        String to = io.labwatch.web.shared.ReturnTo.pathOrNull(back);
        return Redirect.seeOther(to == null ? "/watchlist" : to).build();
    }
}

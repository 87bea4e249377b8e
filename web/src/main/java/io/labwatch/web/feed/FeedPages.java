package io.labwatch.web.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import io.labwatch.domain.hire.Hire;
import io.labwatch.domain.hire.HireSummary;
import io.labwatch.domain.lab.LabService;
import io.labwatch.domain.person.Person;
import io.labwatch.domain.person.PersonService;
import io.labwatch.domain.shared.PublicUrl;
import io.labwatch.domain.shared.TextRules;
import io.labwatch.domain.timeline.TimelineEntry;
import io.labwatch.domain.timeline.TimelineQuery;
import io.labwatch.domain.timeline.TimelineRequest;
import io.labwatch.domain.watchlist.Watchlist;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Atom feeds (RFC 4287, written with ROME) of a lab's and a person's facts, newest first: one entry per fact, its id
 * stable across edits, its updated time the last time Labwatch recorded or changed it, linking back to the profile;
 * and the feed of a user's watchlist behind a private token.
 */
@Path("/feeds")
@Produces("application/atom+xml")
public class FeedPages {

    static final int ENTRIES = 50;
    static final int WATCHLIST_DAYS = 90;

    @Inject
    Watchlist watchlist;

    @Inject
    TimelineQuery timeline;

    @Inject
    LabService labs;

    @Inject
    PersonService people;

    @Inject
    EntityManager em;

    @Inject
    PublicUrl publicUrl;

    @GET
    @Path("/labs/{slug}.atom")
    @Transactional
    public String lab(@PathParam("slug") String slug, @Context UriInfo uri) throws FeedException {
        var lab = labs.get(slug);
        List<TimelineEntry> entries = timeline.read(new TimelineRequest(slug, null, null,
                factKinds(), 1, ENTRIES)).items();
        String profile = base(uri) + "/labs/" + slug;
        SyndFeed feed = feed("Labwatch: " + lab.name, profile, base(uri) + "/feeds/labs/" + slug + ".atom",
                "tag:labwatch.dev,2026:lab:" + lab.id);
        return write(feed, entries.stream().map(e -> entry(e, profile)).toList());
    }

    /**
     * The news of a user's watchlist (facts recorded in the last {@value #WATCHLIST_DAYS} days about what they follow),
     * opened by the private token in its URL instead of a sign-in, so that feed readers can fetch it.
     */
    @GET
    @Path("/watchlist/{token}.atom")
    public String watchlist(@PathParam("token") String token, @Context UriInfo uri) throws FeedException {
        String owner = watchlist.feedOwner(token);
        List<TimelineEntry> news = watchlist.whatsNew(owner, Instant.now().minus(WATCHLIST_DAYS, ChronoUnit.DAYS), ENTRIES);
        String page = base(uri) + "/watchlist";
        SyndFeed feed = feed("Labwatch: " + owner + "'s watchlist", page, base(uri) + "/feeds/watchlist/" + token + ".atom",
                "tag:labwatch.dev,2026:watchlist:" + owner);
        return write(feed, news.stream().map(e -> entry(e, page)).toList());
    }

    /**
     * A lab's or person's feed for a feed reader, which cannot sign in: opened by the signature in its address, which
     * its user's private feed token made ({@link Watchlist#feedSignature}); an address that does not open is not there.
     */
    @GET
    @Path("/private/{user}/{signature}/{kind}/{slug}.atom")
    @Transactional
    public String privateFeed(@PathParam("user") String user, @PathParam("signature") String signature, @PathParam("kind") String kind,
            @PathParam("slug") String slug, @Context UriInfo uri) throws FeedException {
        if (!List.of("labs", "people").contains(kind) || !watchlist.opens(user, signature, kind + "/" + slug)) {
            throw new io.labwatch.domain.shared.NotFoundException("Feed", kind + "/" + slug + " at this address");
        }
        return kind.equals("labs") ? lab(slug, uri) : person(slug, uri);
    }

    /** Every kind of fact on a timeline (not the sources that covered the lab). */
    private Set<String> factKinds() {
        Set<String> kinds = new java.util.TreeSet<>(timeline.kinds());
        kinds.remove("SOURCE");
        return kinds;
    }

    private static SyndEntry entry(TimelineEntry e, String link) {
        String sources = e.citations().stream().map(TimelineEntry.CitedSource::outlet).distinct().collect(Collectors.joining(", "));
        return entry("tag:labwatch.dev,2026:" + e.kind().toLowerCase().replace("hire_in", "hire").replace("hire_out", "hire") + ":" + e.factId()
                        + (e.kind().equals("HIRE_OUT") ? ":out" : ""),
                titlePrefix(e.status()) + e.summary() + " (" + e.date() + ")", link, e.recordedAt(),
                e.summary() + "." + (e.certainty() == null ? "" : " Certainty: " + e.certainty().name().toLowerCase() + ".")
                        + setAside(e.status(), e.statusReason(), e.supersededBy())
                        + (sources.isEmpty() ? "" : " Sources: " + sources + "."));
    }

    @GET
    @Path("/people/{slug}.atom")
    @Transactional
    public String person(@PathParam("slug") String slug, @Context UriInfo uri) throws FeedException {
        Person person = people.get(slug);
        List<Hire> moves = em.createQuery("select h from Hire h join fetch h.person left join fetch h.fromLab left join fetch h.toLab"
                + " left join fetch h.reportsTo where h.person = :p order by h.announcedOn desc, h.id desc", Hire.class)
                .setParameter("p", person).setMaxResults(ENTRIES).getResultList();
        String page = base(uri) + "/people/" + slug;
        SyndFeed feed = feed("Labwatch: " + person.name, page, base(uri) + "/feeds/people/" + slug + ".atom",
                "tag:labwatch.dev,2026:person:" + person.id);
        List<SyndEntry> items = moves.stream().map(h -> entry("tag:labwatch.dev,2026:hire:" + h.id,
                titlePrefix(h.status) + HireSummary.of(h) + " (" + h.displayDate() + ")", page, h.updatedAt,
                HireSummary.of(h) + "." + setAside(h.status, h.statusReason, null))).toList();
        return write(feed, items);
    }

    /** "Denied: " before the title of a fact that is not current; nothing for a current fact or a source. */
    private static String titlePrefix(io.labwatch.domain.shared.FactStatus status) {
        return status == null || status == io.labwatch.domain.shared.FactStatus.CURRENT ? ""
                : Character.toUpperCase(status.word.charAt(0)) + status.word.substring(1) + ": ";
    }

    /** " No longer current: denied (reason), superseded by hires/12." for a fact set aside; nothing otherwise. */
    private static String setAside(io.labwatch.domain.shared.FactStatus status, String reason, String supersededBy) {
        if (status == null || status == io.labwatch.domain.shared.FactStatus.CURRENT) {
            return "";
        }
        return " No longer current: " + status.word + (reason == null ? "" : " (" + reason + ")")
                + (supersededBy == null ? "" : ", superseded by " + supersededBy) + ".";
    }

    private static SyndFeed feed(String title, String alternate, String self, String id) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(TextRules.xmlSafe(title));
        feed.setUri(id);
        feed.setLink(alternate);
        SyndLink selfLink = new SyndLinkImpl();
        selfLink.setRel("self");
        selfLink.setHref(self);
        SyndLink alternateLink = new SyndLinkImpl();
        alternateLink.setRel("alternate");
        alternateLink.setHref(alternate);
        feed.setLinks(List.of(alternateLink, selfLink));
        feed.setAuthor("Labwatch");
        return feed;
    }

    /**
     * Titles and text are made XML-safe here and in {@link #feed}: ROME refuses a character XML cannot carry, and a
     * row stored before the write rule may hold one (U+FFFF); the whole feed would fail for it.
     */
    private static SyndEntry entry(String id, String title, String link, Instant updated, String text) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(id);
        entry.setTitle(TextRules.xmlSafe(title));
        entry.setLink(link);
        entry.setUpdatedDate(Date.from(updated));
        entry.setPublishedDate(Date.from(updated));
        SyndContent content = new SyndContentImpl();
        content.setType("text");
        content.setValue(TextRules.xmlSafe(text));
        entry.setContents(List.of(content));
        return entry;
    }

    private static String write(SyndFeed feed, List<SyndEntry> entries) throws FeedException {
        feed.setEntries(entries);
        feed.setPublishedDate(Date.from(entries.stream().map(e -> e.getUpdatedDate().toInstant()).max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH.atOffset(ZoneOffset.UTC).toInstant())));
        return new SyndFeedOutput().outputString(feed);
    }

    /** Links and ids are absolute: from the configured public URL, never from a Host header the fetcher chose (if one is set). */
    private String base(UriInfo uri) {
        return publicUrl.root(uri.getBaseUri());
    }
}

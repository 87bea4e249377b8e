package io.labwatch.web.lab;

import io.labwatch.domain.compute.ComputeDealSummary;
import io.labwatch.domain.finance.MetricSummary;
import io.labwatch.domain.funding.FundingSummary;
import io.labwatch.domain.hire.HireSummary;
import io.labwatch.domain.lab.LabKind;
import io.labwatch.domain.listing.BadQueryException;
import io.labwatch.domain.listing.ListRequest;
import io.labwatch.domain.listing.Page;
import io.labwatch.domain.overview.LabOverview;
import io.labwatch.domain.overview.LabOverviewQuery;
import io.labwatch.domain.profile.LabProfile;
import io.labwatch.domain.profile.LabProfileQuery;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.timetravel.AsOf;
import io.labwatch.domain.timetravel.TimeTravel;
import io.labwatch.web.shared.PageNotes;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The labs list (the front page) and each lab's profile. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LabPages {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page<LabOverview> labs, LabKind[] kinds, String kind, String q, String sort);

        static native TemplateInstance profile(LabProfile p, PageNotes notes, String chart, List<TimelineItem> timeline, AsOf asOf,
                List<io.labwatch.domain.review.Proposal> proposals, ProfileStrip strip);
    }

    @Inject
    LabOverviewQuery overview;

    @Inject
    LabProfileQuery profiles;

    @Inject
    TimeTravel timeTravel;

    @Inject
    io.labwatch.domain.review.ProposalService proposals;

    @Inject
    io.labwatch.web.merge.MergedAddresses merged;

    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    @GET
    public TemplateInstance list(@QueryParam("kind") String kind, @QueryParam("q") String q, @QueryParam("sort") String sort,
            @QueryParam("page") String page) {
        LabKind chosen = null;
        if (kind != null && !kind.isBlank()) {
            try {
                chosen = LabKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                throw new BadQueryException(List.of(new FieldError("kind", "is not a kind of lab")));
            }
        }
        String order = sort != null && LabOverviewQuery.SORTS.containsKey(sort) ? sort : "name";
        return Templates.list(overview.page(chosen, q, order, LocalDate.now(), Math.max(1, ListRequest.page(page)), PAGE_SIZE), LabKind.values(),
                chosen == null ? "" : chosen.name(),
                q == null ? "" : q, order);
    }

    @GET
    @Path("labs")
    public TemplateInstance labs(@QueryParam("kind") String kind, @QueryParam("q") String q, @QueryParam("sort") String sort,
            @QueryParam("page") String page) {
        return list(kind, q, sort, page);
    }

    @GET
    @Path("labs/{slug}")
    public TemplateInstance profile(@PathParam("slug") String slug, @QueryParam("asOf") String asOfParam) {
        AsOf asOf = AsOf.parse(asOfParam, "asOf");
        LabProfile p;
        try {
            p = asOf == null ? profiles.read(slug) : timeTravel.asOf(asOf.instant(), () -> profiles.read(slug));
        } catch (io.labwatch.domain.shared.NotFoundException e) {
            throw merged.redirectOr("labs", slug, "/labs/", e);
        }
        // the same chart as briefs draw; the table under it carries each mark's sources
        List<io.labwatch.domain.funding.ValuationMark> marks = p.marks();
        String chart = io.labwatch.reports.render.SvgCharts.svg(io.labwatch.reports.brief.ChartData.valuations(p.lab().name, marks,
                m -> List.of()), "valuation-chart");
        // what analysts proposed about the lab, marked, for analysts only: readers never see a proposal
        List<io.labwatch.domain.review.Proposal> proposed = asOf == null && identity.hasRole("analyst") ? proposals.pendingAbout(slug) : List.of();
        LocalDate day = asOf == null ? LocalDate.now() : asOf.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        return Templates.profile(p, new PageNotes(p.citations()), chart, timeline(p), asOf, proposed, ProfileStrip.of(p, marks, day));
    }

    /** Every dated fact of the profile, newest first. */
    static List<TimelineItem> timeline(LabProfile p) {
        List<TimelineItem> items = new ArrayList<>();
        p.hiresIn().forEach(h -> items.add(new TimelineItem(h.announcedOn, h.displayDate(), "Hire in", HireSummary.of(h), h.certainty, "hire", h.id)));
        p.hiresOut().forEach(h -> items.add(new TimelineItem(h.announcedOn, h.displayDate(), "Hire out", HireSummary.departure(h), h.certainty, "hire", h.id)));
        p.rounds().forEach(r -> items.add(new TimelineItem(r.announcedOn, r.displayDate(), "Funding round", FundingSummary.round(r), r.certainty, "fundingRound", r.id)));
        p.valuations().forEach(v -> items.add(new TimelineItem(v.asOf, v.displayDate(), "Valuation", FundingSummary.valuation(v), v.certainty, "valuation", v.id)));
        p.metrics().forEach(m -> items.add(new TimelineItem(m.reportedOn, m.displayDate(), "Metric", MetricSummary.of(m), m.certainty, "financialMetric", m.id)));
        p.deals().forEach(d -> items.add(new TimelineItem(d.announcedOn, d.displayDate(), "Compute deal", ComputeDealSummary.of(d), d.certainty, "computeDeal", d.id)));
        p.sections().forEach(section -> section.lines().forEach(l -> items.add(new TimelineItem(l.date(), l.displayDate(),
                Character.toUpperCase(section.noun().charAt(0)) + section.noun().substring(1), l.summary(), l.certainty(), section.type(), l.id()))));
        items.sort(Comparator.comparing(TimelineItem::date).reversed().thenComparing(TimelineItem::kind).thenComparing(TimelineItem::id, Comparator.reverseOrder()));
        return items;
    }
}

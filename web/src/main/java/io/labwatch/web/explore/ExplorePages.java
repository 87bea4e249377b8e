package io.labwatch.web.explore;

import io.labwatch.domain.compute.ComputeDeal;
import io.labwatch.domain.finance.FinancialMetric;
import io.labwatch.domain.finance.MetricKind;
import io.labwatch.domain.hire.Hire;
import io.labwatch.domain.shared.FactStatus;
import io.labwatch.domain.hire.HireKind;
import io.labwatch.domain.hire.Seniority;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.listing.BadQueryException;
import io.labwatch.domain.listing.ListRequest;
import io.labwatch.domain.listing.Page;
import io.labwatch.domain.listing.QueryDates;
import io.labwatch.domain.overview.LabOverview;
import io.labwatch.domain.overview.LabOverviewQuery;
import io.labwatch.domain.search.SearchHit;
import io.labwatch.domain.search.SearchQuery;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.timeline.TimelineEntry;
import io.labwatch.domain.timeline.TimelineQuery;
import io.labwatch.domain.timeline.TimelineRequest;
import io.labwatch.domain.timetravel.AsOf;
import io.labwatch.domain.timetravel.TimeTravel;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Pages that look across labs: the timeline of every lab, search, side-by-side comparison and talent flows. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ExplorePages {

    /** A lab beside the others: its overview line, recent senior moves, stated emphasis, latest revenue, compute deals. */
    public record CompareColumn(LabOverview overview, List<Hire> recentMoves, FinancialMetric latestRevenue, List<ComputeDeal> deals) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance timeline(Page<TimelineEntry> page, String from, String to, AsOf asOf, String asOfParam);

        static native TemplateInstance search(String q, List<SearchHit> hits);

        static native TemplateInstance compare(List<CompareColumn> columns, List<Lab> allLabs, List<String> chosen);

        static native TemplateInstance flows(TalentFlows flows, String from, String to, String fromLab, String toLab);

        static native TemplateInstance cohort(Lab lab, String until, List<TalentFlows.CohortMember> members);
    }

    @Inject
    TimelineQuery timeline;

    @Inject
    TimeTravel timeTravel;

    @Inject
    SearchQuery search;

    @Inject
    LabOverviewQuery overview;

    @Inject
    EntityManager em;

    @GET
    @Path("timeline")
    public TemplateInstance timeline(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page,
            @QueryParam("asOf") String asOfParam) {
        TimelineRequest request = new TimelineRequest(null, date("from", from), date("to", to), Set.of(), ListRequest.page(page), 50);
        AsOf asOf = AsOf.parse(asOfParam, "asOf");
        Page<TimelineEntry> entries = asOf == null ? timeline.read(request) : timeTravel.asOf(asOf.instant(), () -> timeline.read(request));
        // encoded for the pager's links: an instant's offset may hold a "+"
        return Templates.timeline(entries, from == null ? "" : from, to == null ? "" : to, asOf,
                asOf == null ? "" : URLEncoder.encode(asOfParam.trim(), StandardCharsets.UTF_8));
    }

    @GET
    @Path("search")
    public TemplateInstance search(@QueryParam("q") String q) {
        return Templates.search(q == null ? "" : q, q == null || q.isBlank() ? List.of() : search.search(q, null, 50));
    }

    @GET
    @Path("compare")
    @Transactional
    public TemplateInstance compare(@QueryParam("labs") List<String> labs) {
        List<Lab> all = em.createQuery("select l from Lab l order by lower(l.name)", Lab.class).getResultList();
        List<String> chosen = labs == null || labs.isEmpty()
                ? all.stream().filter(l -> l.statedEmphasis != null).map(l -> l.slug).toList() : labs;
        List<LabOverview> lines = overview.list(null, null, "name", LocalDate.now()).stream().filter(o -> chosen.contains(o.slug())).toList();
        List<Hire> moves = em.createQuery("select h from Hire h join fetch h.person join fetch h.toLab where h.toLab.slug in :labs"
                + " and h.seniority in :senior and " + FactStatus.currentOnly("h") + " order by h.announcedOn desc, h.id desc", Hire.class)
                .setParameter("labs", chosen).setParameter("senior", List.of(Seniority.SENIOR, Seniority.PRINCIPAL, Seniority.EXECUTIVE))
                .getResultList();
        List<FinancialMetric> revenue = em.createQuery("select m from FinancialMetric m join fetch m.lab where m.lab.slug in :labs"
                + " and m.metric in :kinds and " + FactStatus.currentOnly("m") + " order by m.reportedOn desc, m.id desc", FinancialMetric.class)
                .setParameter("labs", chosen).setParameter("kinds", List.of(MetricKind.REVENUE, MetricKind.ANNUALISED_REVENUE)).getResultList();
        List<ComputeDeal> deals = em.createQuery("select d from ComputeDeal d join fetch d.buyer join fetch d.provider"
                + " where d.buyer.slug in :labs and " + FactStatus.currentOnly("d") + " order by d.announcedOn desc, d.id desc", ComputeDeal.class)
                .setParameter("labs", chosen).getResultList();
        List<CompareColumn> columns = lines.stream().map(o -> new CompareColumn(o,
                moves.stream().filter(h -> h.toLab.slug.equals(o.slug())).limit(4).toList(),
                revenue.stream().filter(m -> m.lab.slug.equals(o.slug())).findFirst().orElse(null),
                deals.stream().filter(d -> d.buyer.slug.equals(o.slug())).toList())).toList();
        return Templates.compare(columns, all, chosen);
    }

    @GET
    @Path("flows")
    @Transactional
    public TemplateInstance flows(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("fromLab") String fromLab, @QueryParam("toLab") String toLab) {
        LocalDate start = from == null || from.isBlank() ? LocalDate.parse("2015-01-01") : date("from", from);
        LocalDate end = to == null || to.isBlank() ? LocalDate.now() : date("to", to);
        List<Hire> moves = em.createQuery("select h from Hire h join fetch h.person join fetch h.fromLab join fetch h.toLab"
                + " where h.announcedOn between :from and :to and h.kind <> :promoted and " + FactStatus.currentOnly("h") + " order by h.announcedOn desc, h.id desc", Hire.class)
                .setParameter("from", start).setParameter("to", end).setParameter("promoted", HireKind.PROMOTED).getResultList();
        return Templates.flows(new TalentFlows(moves, fromLab, toLab), start.toString(), end.toString(),
                fromLab == null ? "" : fromLab, toLab == null ? "" : toLab);
    }

    @GET
    @Path("flows/cohort")
    @Transactional
    public TemplateInstance cohort(@QueryParam("lab") String lab, @QueryParam("until") String until) {
        String slug = lab == null || lab.isBlank() ? "openai" : lab;
        LocalDate cutoff = until == null || until.isBlank() ? LocalDate.now() : date("until", until);
        Lab chosen = em.createQuery("select l from Lab l where l.slug = :s", Lab.class).setParameter("s", slug).getResultStream().findFirst()
                .orElseThrow(() -> new BadQueryException(List.of(new FieldError("lab", "no lab with slug '" + slug + "'"))));
        List<Hire> all = em.createQuery("select h from Hire h join fetch h.person left join fetch h.fromLab left join fetch h.toLab"
                + " where h.person in (select c.person from Hire c where (c.toLab = :lab or c.fromLab = :lab) and c.announcedOn <= :until)"
                + " and " + FactStatus.currentOnly("h") + " order by h.announcedOn, h.id", Hire.class).setParameter("lab", chosen).setParameter("until", cutoff).getResultList();
        return Templates.cohort(chosen, cutoff.toString(), TalentFlows.cohort(all, chosen));
    }

    private static LocalDate date(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return QueryDates.date(raw);
        } catch (IllegalArgumentException e) {
            throw new BadQueryException(List.of(new FieldError(field, e.getMessage())));
        }
    }
}

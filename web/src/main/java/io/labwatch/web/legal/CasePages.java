package io.labwatch.web.legal;

import io.labwatch.domain.figures.FactFigures;
import io.labwatch.domain.legal.CaseDocket;
import io.labwatch.domain.legal.CaseDocketQuery;
import io.labwatch.domain.legal.CaseEventStore;
import io.labwatch.domain.legal.CasePartyStore;
import io.labwatch.domain.legal.LegalCase;
import io.labwatch.domain.source.CitationLookup;
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
import java.util.List;
import java.util.Map;

/** Legal cases: the list, and each case's parties and events, every line cited; as of any past moment too. */
@Path("/cases")
@Produces(MediaType.TEXT_HTML)
public class CasePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<LegalCase> cases);

        static native TemplateInstance legalCase(CaseDocket d, CaseLines lines, PageNotes notes, AsOf asOf);
    }

    /** The one-line texts of a case's parties and events, as every other page words them. */
    public record CaseLines(Map<Long, String> parties, Map<Long, String> events, Map<Long, String> amounts) {
    }

    @Inject
    CaseDocketQuery dockets;

    @Inject
    CasePartyStore partyStore;

    @Inject
    CaseEventStore eventStore;

    @Inject
    TimeTravel timeTravel;

    @GET
    public TemplateInstance list() {
        return Templates.list(dockets.all());
    }

    @GET
    @Path("/{slug}")
    public TemplateInstance legalCase(@PathParam("slug") String slug, @QueryParam("asOf") String asOfParam) {
        AsOf asOf = AsOf.parse(asOfParam, "asOf");
        CaseDocket d = asOf == null ? dockets.read(slug) : timeTravel.asOf(asOf.instant(), () -> dockets.read(slug));
        Map<Long, String> parties = new java.util.HashMap<>();
        Map<Long, String> amounts = new java.util.HashMap<>();
        d.parties().forEach(p -> {
            parties.put(p.id, partyStore.summary(p));
            String amount = FactFigures.money(p, p.amountClaimed, p.amountClaimedLow, p.amountClaimedHigh);
            if (amount != null) {
                amounts.put(p.id, amount);
            }
        });
        Map<Long, String> events = new java.util.HashMap<>();
        d.events().forEach(e -> {
            events.put(e.id, eventStore.summary(e));
            String amount = FactFigures.money(e, e.amountAwarded, e.amountAwardedLow, e.amountAwardedHigh);
            if (amount != null) {
                amounts.put(e.id, amount);
            }
        });
        return Templates.legalCase(d, new CaseLines(parties, events, amounts), new PageNotes(Map.of(CitationLookup.ANY_FACT, d.citations())),
                asOf);
    }
}

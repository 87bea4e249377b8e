package io.labwatch.api.timeline;

import io.labwatch.api.shared.Listing;
import io.labwatch.domain.listing.BadQueryException;
import io.labwatch.domain.listing.ListRequest;
import io.labwatch.domain.listing.ListSpec;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.PublicUrl;
import io.labwatch.domain.timeline.TimelineQuery;
import io.labwatch.domain.timeline.TimelineRequest;
import io.labwatch.domain.timetravel.AsOf;
import io.labwatch.domain.timetravel.TimeTravel;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A lab's timeline: every dated fact, newest first, each with a summary and its sources. */
@Path("/api/labs/{slug}/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Labs")
public class TimelineResource {

    private static final Set<String> PARAMETERS = Set.of("from", "to", "kind", "asOf", "page", "size");

    @Inject
    TimelineQuery timeline;

    @Inject
    TimeTravel timeTravel;

    @Inject
    PublicUrl publicUrl;

    @GET
    @Operation(summary = "A lab's timeline", description = "Filters: from, to (dates), kind (comma-separated: HIRE_IN, HIRE_OUT, "
            + "FUNDING_ROUND, VALUATION, FINANCIAL_METRIC, COMPUTE_DEAL, SOURCE; default: every kind of fact, without SOURCE, the "
            + "publications that covered the lab); page and size; asOf (a date or an instant) shows the "
            + "timeline as Labwatch knew it then, before later corrections.")
    public Response read(@PathParam("slug") String slug, @Context UriInfo uri) {
        ListRequest paging = Listing.request(uri);
        List<FieldError> errors = new java.util.ArrayList<>();
        paging.filters().keySet().stream().filter(name -> !PARAMETERS.contains(name))
                .forEach(name -> errors.add(new FieldError(name, "is not a filter of the timeline; filters: from, to, kind, asOf")));
        LocalDate from = date(paging.filters().get("from"), "from", errors);
        LocalDate to = date(paging.filters().get("to"), "to", errors);
        if (!errors.isEmpty()) {
            throw new BadQueryException(errors);
        }
        String kind = paging.filters().get("kind");
        Set<String> kinds = kind == null ? Set.of() : new LinkedHashSet<>(Arrays.stream(kind.split(","))
                .map(k -> k.trim().toUpperCase(Locale.ROOT)).filter(k -> !k.isEmpty()).toList());
        TimelineRequest request = new TimelineRequest(slug, from, to, kinds, paging.page(), paging.size(), paging.cursor());
        AsOf asOf = AsOf.parse(paging.filters().get("asOf"), "asOf");
        return Listing.respond(asOf == null ? timeline.read(request) : timeTravel.asOf(asOf.instant(), () -> timeline.read(request)),
                publicUrl.rebase(uri.getRequestUri()));
    }

    private static LocalDate date(String raw, String field, List<FieldError> errors) {
        try {
            return raw == null ? null : (LocalDate) ListSpec.date().apply(raw.trim());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, e.getMessage()));
            return null;
        }
    }
}

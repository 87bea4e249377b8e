package io.labwatch.api.lab;

import io.labwatch.api.shared.Listing;
import io.labwatch.domain.listing.ListRequest;
import io.labwatch.domain.listing.WholeList;
import io.labwatch.domain.profile.ValuationHistory;
import io.labwatch.domain.shared.PublicUrl;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A lab's valuation history: valuation records and rounds' post-money as one series, with the change between marks. */
@Path("/api/labs/{slug}/valuation-history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Labs")
public class ValuationHistoryResource {

    /**
     * One lab's marks are few: read whole (each mark's change needs the one before it), newest first; facts of every
     * kind share one sequence of ids, so a mark's fact id breaks ties of one day.
     */
    private static final WholeList<ValuationHistory.Entry> NEWEST_FIRST = new WholeList<>("newest", ValuationHistory.Entry::date,
            entry -> Long.parseLong(entry.fact().substring(entry.fact().lastIndexOf('/') + 1)), true);

    @Inject
    PublicUrl publicUrl;

    @Inject
    ValuationHistory history;

    @Inject
    TimeTravel timeTravel;

    @GET
    @Operation(summary = "A lab's valuation history", description = "Every valuation mark of the lab, newest first: each valuation "
            + "record, and each round's post-money valuation where no valuation record names that round (the two would be one "
            + "mark). changeUsd and changePercent compare a mark with the one before it, of any basis (previousFact); the "
            + "percentage is absent when the earlier mark is not above zero. Facts superseded, denied or retracted are left out. "
            + "asOf (a date or an instant) shows the history as Labwatch knew it then.")
    public Response read(@PathParam("slug") String slug, @Context UriInfo uri) {
        ListRequest request = Listing.request(uri, "the valuation history", List.of("asOf"));
        AsOf asOf = AsOf.parse(request.filters().get("asOf"), "asOf");
        List<ValuationHistory.Entry> marks = asOf == null ? history.of(slug) : timeTravel.asOf(asOf.instant(), () -> history.of(slug));
        return Listing.respond(NEWEST_FIRST.page(marks, request), publicUrl.rebase(uri.getRequestUri()));
    }
}

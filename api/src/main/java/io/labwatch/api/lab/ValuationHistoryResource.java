package io.labwatch.api.lab;

import io.labwatch.domain.profile.ValuationHistory;
import io.labwatch.domain.timetravel.AsOf;
import io.labwatch.domain.timetravel.TimeTravel;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A lab's valuation history: valuation records and rounds' post-money as one series, with the change between marks. */
@Path("/api/labs/{slug}/valuation-history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Labs")
public class ValuationHistoryResource {

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
    public List<ValuationHistory.Entry> read(@PathParam("slug") String slug, @QueryParam("asOf") String asOfParam) {
        AsOf asOf = AsOf.parse(asOfParam, "asOf");
        return asOf == null ? history.of(slug) : timeTravel.asOf(asOf.instant(), () -> history.of(slug));
    }
}

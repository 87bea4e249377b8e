package io.labwatch.api.lab;

import io.labwatch.api.shared.Listing;
import io.labwatch.domain.lab.LabKind;
import io.labwatch.domain.listing.BadQueryException;
import io.labwatch.domain.listing.ListRequest;
import io.labwatch.domain.listing.ListSpec;
import io.labwatch.domain.listing.Page;
import io.labwatch.domain.overview.LabOverview;
import io.labwatch.domain.overview.LabOverviewQuery;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.PublicUrl;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every lab at a glance: a read model beside the labs collection. */
@Path("/api/labs/overview")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Labs")
public class LabOverviewResource {

    @Inject
    LabOverviewQuery overview;

    @Inject
    PublicUrl publicUrl;

    @GET
    @Operation(summary = "All labs at a glance", description = "Each lab with its latest valuation and latest dated event, by name; "
            + "kind (LabKind) and q (part of the name) filter. By page number or by cursor.")
    public Response overview(@Context UriInfo uri) {
        ListRequest request = Listing.request(uri, "the labs overview", List.of("kind", "q"));
        LabKind kind = kind(request.filters().get("kind"));
        String q = request.filters().get("q");
        Page<LabOverview> page = request.byCursor() ? overview.byName(kind, q, LocalDate.now(), request)
                : overview.page(kind, q, "name", LocalDate.now(), request.page(), request.size());
        return Listing.respond(page, publicUrl.rebase(uri.getRequestUri()));
    }

    /** The kind asked for (absent: every kind), read by the rule every list's enum filter uses. */
    private static LabKind kind(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return (LabKind) ListSpec.oneOf(LabKind.class).apply(raw.trim());
        } catch (IllegalArgumentException e) {
            throw new BadQueryException(List.of(new FieldError("kind", e.getMessage())));
        }
    }
}

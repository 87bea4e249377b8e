package io.labwatch.api.history;

import io.labwatch.api.error.Versions;
import io.labwatch.api.shared.Listing;
import io.labwatch.domain.audit.History;
import io.labwatch.domain.exchange.RecordKinds;
import io.labwatch.domain.listing.ListRequest;
import io.labwatch.domain.listing.WholeList;
import io.labwatch.domain.shared.AuditTrail;
import io.labwatch.domain.shared.PublicUrl;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit history of any record: who changed what, when, with the values before and after; and restoring. */
@Path("/api/history/{kind}/{key}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "History")
public class HistoryResource {

    /** One record's history is short (its edits): read whole, newest first. */
    private static final WholeList<AuditTrail.Entry> NEWEST_FIRST = new WholeList<>("newest", AuditTrail.Entry::at, AuditTrail.Entry::id, true);

    @Inject
    PublicUrl publicUrl;

    @Inject
    History history;

    @Inject
    RecordKinds kinds;

    @GET
    @Operation(summary = "A record's history", description = "kind: labs, people, sources, hires, funding-rounds, valuations, "
            + "financial-metrics, compute-deals or watch-items; key: the slug or id. Newest first.")
    public Response read(@PathParam("kind") String kind, @PathParam("key") String key, @Context UriInfo uri) {
        ListRequest request = Listing.request(uri, "a record's history", List.of());
        return Listing.respond(NEWEST_FIRST.page(history.of(kinds.of(kind), key), request), publicUrl.rebase(uri.getRequestUri()));
    }

    @POST
    @Path("/{entry}/restore")
    @Operation(summary = "Restore earlier values", description = "Brings back the values from before the given change; needs the "
            + "current version as If-Match or ?version=. The restore is recorded in the history too.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "The record as restored",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json",
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(
                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                            description = "The record in its kind's schema, as the kind's GET answers it")))
    public Object restore(@PathParam("kind") String kind, @PathParam("key") String key, @PathParam("entry") long entry,
            @HeaderParam("If-Match") String ifMatch, @QueryParam("version") Long version) {
        var recordKind = kinds.of(kind);
        return history.restore(recordKind, key, entry, Versions.expected(ifMatch, version,
                () -> ((io.labwatch.domain.exchange.Versioned) recordKind.store().get(key)).version()));
    }
}

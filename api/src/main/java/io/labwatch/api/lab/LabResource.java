package io.labwatch.api.lab;

import io.labwatch.api.error.PreconditionFailedException;
import io.labwatch.api.error.RequestBodies;
import io.labwatch.api.error.Versions;
import io.labwatch.domain.exchange.LabRecord;
import io.labwatch.domain.exchange.LabRecords;
import io.labwatch.domain.overview.LabOverview;
import io.labwatch.domain.overview.LabOverviewQuery;
import io.labwatch.domain.shared.StaleVersionException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.function.LongFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Labs as JSON, addressed by slug. */
@Path("/api/labs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Labs")
public class LabResource {

    @Inject
    LabOverviewQuery overview;

    @Inject
    LabRecords labs;

    @GET
    @Operation(summary = "List all labs", description = "Every tracked lab with its latest valuation and latest dated event, by name.")
    public List<LabOverview> list() {
        return overview.all();
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Get one lab", description = "The lab's profile fields, the sources its profile cites, and its version (also sent as ETag).")
    public Response get(@PathParam("slug") String slug) {
        LabRecord lab = labs.get(slug);
        return Response.ok(lab).tag(Versions.etag(lab.version())).build();
    }

    @POST
    @Operation(summary = "Create a lab")
    public Response create(LabRecord body) {
        LabRecord lab = labs.create(RequestBodies.require(body));
        return Response.created(URI.create("/api/labs/" + lab.slug())).entity(lab).tag(Versions.etag(lab.version())).build();
    }

    @PUT
    @Path("/{slug}")
    @Operation(summary = "Replace a lab's fields", description = "Needs the version last read, as If-Match (412 when stale) or in the body (409 when stale).")
    public Response update(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch, LabRecord body) {
        RequestBodies.require(body);
        LabRecord lab = guarded(ifMatch, Versions.expected(ifMatch, body.version()), version -> labs.update(slug, version, body));
        return Response.ok(lab).tag(Versions.etag(lab.version())).build();
    }

    @DELETE
    @Path("/{slug}")
    @Operation(summary = "Delete a lab", description = "Refused with 409 while facts still refer to the lab.")
    public Response delete(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch,
            @QueryParam("version") Long version) {
        guarded(ifMatch, Versions.expected(ifMatch, version), v -> {
            labs.delete(slug, v);
            return null;
        });
        return Response.noContent().build();
    }

    /** Runs a versioned write; a stale If-Match becomes 412, a stale body version stays 409. */
    private static <T> T guarded(String ifMatch, long version, LongFunction<T> write) {
        try {
            return write.apply(version);
        } catch (StaleVersionException e) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw new PreconditionFailedException(e.getMessage());
            }
            throw e;
        }
    }
}

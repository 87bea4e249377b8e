package io.labwatch.api.exchange;

import io.labwatch.api.error.RequestBodies;
import io.labwatch.domain.exchange.Dataset;
import io.labwatch.domain.exchange.ImportJobs;
import io.labwatch.domain.exchange.OnConflict;
import io.labwatch.domain.shared.PublicUrl;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Imports of any size, as jobs: started by a POST, followed by GETs of the job until it has ended. */
@Path("/api/import-jobs")
@Tag(name = "Import and export")
public class ImportJobResource {

    @Inject
    ImportJobs jobs;

    @Inject
    SecurityIdentity identity;

    @Inject
    PublicUrl publicUrl;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start an import job", description = "The dataset import of POST /api/import, for a document of any size: the"
            + " answer comes at once, with the job's URL in Location; GET it until its state is SUCCEEDED (with the result) or FAILED"
            + " (with every row's errors). All or nothing, as every import: nothing is written unless every row is right. Jobs run"
            + " one at a time, in the order started.")
    @APIResponse(responseCode = "202", description = "Started (or queued behind another job); Location names the job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ImportJob")))
    public Response start(Dataset dataset, @QueryParam("dryRun") boolean dryRun,
            @QueryParam("onConflict") @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"update", "skip", "fail"}, defaultValue = "fail"),
                    description = "What to do with a row whose stored record has other values") String onConflict,
            @Context UriInfo uri) {
        ImportJobs.View job = jobs.start(RequestBodies.require(dataset), dryRun, OnConflict.parse(onConflict), identity.getPrincipal().getName());
        return Response.accepted(job)
                .location(publicUrl.rebase(uri.getBaseUriBuilder().path("api/import-jobs").path(String.valueOf(job.id())).build())).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An import job", description = "Where the job is: QUEUED, RUNNING (rowsDone of rowsTotal read), SUCCEEDED"
            + " (result: what was created, updated, unchanged and skipped per section) or FAILED (errors: every row's problems, and a"
            + " message; nothing was written).")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ImportJob")))
    public ImportJobs.View get(@PathParam("id") long id) {
        return jobs.get(id);
    }
}

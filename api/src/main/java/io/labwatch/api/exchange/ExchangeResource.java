package io.labwatch.api.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.labwatch.api.error.RequestBodies;
import io.labwatch.domain.exchange.Dataset;
import io.labwatch.domain.exchange.DatasetExporter;
import io.labwatch.domain.exchange.DatasetImporter;
import io.labwatch.domain.exchange.ImportResult;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Bulk import: the JSON dataset or CSV per section, all or nothing, idempotent. (A path of its own, not /api with
 * sub-paths: /api/{segment} serves the kinds, and the more literal root path is the one routing prefers.)
 */
@Path("/api/import")
@Tag(name = "Import and export")
public class ExchangeResource {

    @Inject
    io.labwatch.domain.exchange.RecordKinds kinds;


    @Inject
    DatasetImporter importer;

    @Inject
    ObjectMapper json;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a dataset", description = "The export format. All or nothing: one bad row rejects the whole "
            + "document with every row's errors (422). Rows whose natural key is stored already are left as they are, so "
            + "importing the same document twice changes nothing. With dryRun=true nothing is written.")
    public ImportResult importJson(Dataset dataset, @QueryParam("dryRun") boolean dryRun) {
        return importer.importDataset(RequestBodies.require(dataset), dryRun);
    }

    @POST
    @Path("/{section}")
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import one section as CSV", description = "A section is a kind of record, named as the dataset names it: "
            + "the camel case of its collection's path (labs, hires, fundingRounds, modelReleases, ...). The header row names the "
            + "fields of the section's records; the citations column lists source slugs separated by |.")
    public ImportResult importCsv(@PathParam("section") String section, String csv, @QueryParam("dryRun") boolean dryRun) {
        return importer.importDataset(CsvSection.read(section, RequestBodies.require(csv), json, kinds), dryRun);
    }
}

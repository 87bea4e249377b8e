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

/** The whole dataset in the import format, streamed from one consistent snapshot. */
@Path("/api/export")
@Tag(name = "Import and export")
public class ExportResource {

    @Inject
    DatasetExporter exporter;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Export the whole dataset", description = "In the import format; importing it into an empty database reproduces the data.")
    @APIResponse(responseCode = "200", description = "The dataset, streamed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Dataset.class)))
    public StreamingOutput export() {
        return exporter::write;
    }
}

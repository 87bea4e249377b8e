package io.labwatch.api.brief;

import io.labwatch.reports.brief.BriefFormat;
import io.labwatch.reports.brief.BriefRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A brief as one document, at an address whose answer is only ever that document: a generated client gets a file back
 * (UTF-8 text for Markdown, HTML and CSV) rather than a Brief it would try to read out of Markdown or PDF, as it would
 * from the negotiated POST /api/briefs.
 */
@Path("/api/brief-documents")
@Tag(name = "Briefs")
public class BriefDocumentResource {

    @Inject
    BriefResource briefs;

    @POST
    @Path("/{rendering:markdown|html|pdf|csv}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"text/markdown", MediaType.TEXT_HTML, "application/pdf", "text/csv"})
    @Operation(summary = "Build a brief as one document", description = "The same brief as POST /api/briefs, rendered as the address "
            + "says: markdown, html (a whole page), pdf, or csv (the data appendix: a header line, then one line per fact with key, "
            + "date, date_precision, certainty, statement, footnotes, source_slugs and source_urls).")
    @APIResponse(responseCode = "200", description = "The document (Markdown, HTML and CSV in UTF-8)", content = {
            @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response document(@PathParam("rendering") @Parameter(schema = @Schema(type = SchemaType.STRING,
            enumeration = {"markdown", "html", "pdf", "csv"})) String rendering, BriefRequest request) {
        return briefs.rendered(request, BriefFormat.require(rendering, "rendering"));
    }
}

package io.labwatch.api.brief;

import io.labwatch.api.error.RequestBodies;
import io.labwatch.api.shared.Listing;
import io.labwatch.domain.brief.PublishedBrief;
import io.labwatch.domain.listing.ListRequest;
import io.labwatch.domain.shared.PublicUrl;
import io.labwatch.reports.brief.Brief;
import io.labwatch.reports.brief.BriefChanges;
import io.labwatch.reports.brief.BriefFormat;
import io.labwatch.reports.brief.BriefRequest;
import io.labwatch.reports.build.BriefService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Stakeholder briefs: build one in any format, publish it, read published ones and what changed between them. */
@Path("/api/briefs")
@Tag(name = "Briefs")
public class BriefResource {

    /** A published brief in a list: where to read it, not its body. */
    public record PublishedSummary(long id, String headline, String audience, String scope, String periodFrom, String periodTo,
            String asOf, String publishedAt, String dataHash) {
        static PublishedSummary of(PublishedBrief p) {
            return new PublishedSummary(p.id, p.headline, p.audience, p.scope, p.periodFrom.toString(), p.periodTo.toString(),
                    p.asOf.toString(), p.publishedAt.toString(), p.dataHash);
        }
    }

    @Inject
    BriefService briefs;

    @Inject
    PublicUrl publicUrl;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, "text/markdown", MediaType.TEXT_HTML, "application/pdf", "text/csv"})
    @Operation(summary = "Build a brief", description = "The request names audience, labs (empty: all), from, to and asOf. The format is "
            + "?format=json|md|html|pdf|csv (csv: the data appendix, every fact used with its sources), or else negotiated from Accept (JSON by default).")
    @APIResponse(responseCode = "200", description = "The brief in the chosen format", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Brief.class)),
            @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, description = "The data appendix: a header line,"
                    + " then one line per fact (key, date, date_precision, certainty, statement, footnotes, source_slugs, source_urls)"))})
    public Response build(BriefRequest request, @QueryParam("format") String format, @HeaderParam("Accept") String accept) {
        return rendered(request, choose(format, accept));
    }

    Response rendered(BriefRequest request, BriefFormat format) {
        Brief brief = briefs.build(RequestBodies.require(request));
        return Response.ok(briefs.render(brief, format)).type(format.mediaType + (format == BriefFormat.PDF ? "" : ";charset=UTF-8"))
                .header("Content-Disposition", "inline; filename=\"brief." + format.extension + "\"").build();
    }

    @POST
    @Path("/published")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a brief", description = "Stores the brief with its request, every rendered form and the hash of its data.")
    @APIResponse(responseCode = "201", description = "Published; Location names it", headers = @Header(name = "Location",
            description = "The published brief's address", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublishedSummary.class)))
    public Response publish(BriefRequest request, @Context UriInfo uri) {
        PublishedBrief p = briefs.publish(RequestBodies.require(request));
        return Response.created(publicUrl.rebase(uri.getBaseUriBuilder().path("api/briefs").path(String.valueOf(p.id)).build()))
                .entity(PublishedSummary.of(p)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List published briefs", description = "Newest first, by cursor.")
    public Response list(@Context UriInfo uri) {
        ListRequest request = Listing.byCursor(uri, "the published briefs", List.of());
        return Listing.respond(briefs.published(request).map(PublishedSummary::of), publicUrl.rebase(uri.getRequestUri()));
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, "text/markdown", MediaType.TEXT_HTML, "application/pdf", "text/csv"})
    @Operation(summary = "Read a published brief", description = "Exactly as published; ?format=json|md|html|pdf|csv or Accept.")
    @APIResponse(responseCode = "200", description = "The published brief in the chosen format", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Brief.class)),
            @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, description = "The data appendix: a header line,"
                    + " then one line per fact (key, date, date_precision, certainty, statement, footnotes, source_slugs, source_urls)"))})
    public Response published(@PathParam("id") long id, @QueryParam("format") String format, @HeaderParam("Accept") String accept) {
        BriefFormat chosen = choose(format, accept);
        return Response.ok(briefs.stored(id, chosen)).type(chosen.mediaType + (chosen == BriefFormat.PDF ? "" : ";charset=UTF-8")).build();
    }

    @GET
    @Path("/{id}/changes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What changed", description = "Facts added, changed and removed since the previous brief published for the same audience and scope.")
    public BriefChanges changes(@PathParam("id") long id) {
        return briefs.changes(id);
    }

    static BriefFormat choose(String format, String accept) {
        if (format != null) {
            return BriefFormat.require(format, "format");
        }
        if (accept != null) {
            for (String type : accept.split(",")) {
                String media = type.split(";")[0].trim();
                var match = Arrays.stream(BriefFormat.values()).filter(f -> f.mediaType.equals(media)).findFirst();
                if (match.isPresent()) {
                    return match.get();
                }
            }
        }
        return BriefFormat.JSON;
    }
}

package io.labwatch.api.search;

import io.labwatch.api.shared.Listing;
import io.labwatch.domain.listing.ListRequest;
import io.labwatch.domain.search.SearchQuery;
import io.labwatch.domain.shared.PublicUrl;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Full-text search over labs, people, hires and sources. */
@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

    @Inject
    SearchQuery search;

    @Inject
    PublicUrl publicUrl;

    @GET
    @Operation(summary = "Search", description = "Web-search syntax: words, \"quoted phrases\", or, -excluded. Ranked; "
            + "snippets mark matched words with [[ and ]]. Optional kind: lab, person, hire, source, or the path segment of a searched kind"
            + " (model-releases, acquisitions, partnerships, legal-cases, ...); a hit's key is its slug or id. Pages by cursor: the cursor holds "
            + "the position reached in the ranking, as a newer record may outrank those already seen.")
    public Response search(@Context UriInfo uri) {
        ListRequest request = Listing.byCursor(uri, "search", List.of("q", "kind"));
        return Listing.respond(search.search(request.filters().get("q"), request.filters().get("kind"), request),
                publicUrl.rebase(uri.getRequestUri()));
    }
}

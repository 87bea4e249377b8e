package io.labwatch.api.search;

import io.labwatch.domain.search.SearchHit;
import io.labwatch.domain.search.SearchQuery;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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

    @GET
    @Operation(summary = "Search", description = "Web-search syntax: words, \"quoted phrases\", or, -excluded. Ranked; "
            + "snippets mark matched words with [[ and ]]. Optional kind: lab, person, hire, source, or the path segment of a searched kind"
            + " (model-releases, acquisitions, partnerships, legal-cases, ...); a hit's key is its slug or id.")
    public List<SearchHit> search(@QueryParam("q") String q, @QueryParam("kind") String kind,
            @QueryParam("limit") @DefaultValue("20") String limit) {
        int max;
        try {
            max = Integer.parseInt(limit.trim());
        } catch (NumberFormatException e) {
            throw new io.labwatch.domain.listing.BadQueryException(List.of(
                    new io.labwatch.domain.shared.FieldError("limit", "'" + limit + "' is not a whole number")));
        }
        return search.search(q, kind, max);
    }
}

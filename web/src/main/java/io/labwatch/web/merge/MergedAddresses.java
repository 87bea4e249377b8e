package io.labwatch.web.merge;

import io.labwatch.domain.merge.MergeService;
import io.labwatch.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The address of a merged lab or person leads, while the merge stands, to the record it was merged into: 302, not a
 * permanent redirect, which browsers keep and would keep after the merge is undone.
 */
@ApplicationScoped
public class MergedAddresses {

    @Inject
    MergeService merges;

    /** Rethrows {@code missing} unless the slug was merged: then a redirect to {@code prefix} + its new slug. */
    public RuntimeException redirectOr(String segment, String slug, String prefix, NotFoundException missing) {
        return merges.redirect(segment, slug)
                .<RuntimeException>map(to -> new WebApplicationException(Response.status(Response.Status.FOUND)
                        .header(HttpHeaders.LOCATION, prefix + to).header(HttpHeaders.CACHE_CONTROL, "no-store").build()))
                .orElse(missing);
    }
}

package io.labwatch.api.citation;

import io.labwatch.api.shared.RecordResource;
import io.labwatch.domain.exchange.CitationView;
import io.labwatch.domain.exchange.CitationStore;
import io.labwatch.domain.exchange.RecordStore;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Citations as JSON, addressed by id. */
@Path("/api/citations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Citations")
public class CitationResource extends RecordResource<CitationView> {

    @Inject
    CitationStore store;

    @Override
    protected RecordStore<?, CitationView> store() {
        return store;
    }

    @Override
    protected String keyOf(CitationView record) {
        return String.valueOf(record.id());
    }
}

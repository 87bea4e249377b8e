package io.labwatch.api.source;

import io.labwatch.api.shared.RecordResource;
import io.labwatch.domain.exchange.SourceRecord;
import io.labwatch.domain.exchange.SourceStore;
import io.labwatch.domain.exchange.RecordStore;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sources as JSON, addressed by slug. */
@Path("/api/sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sources")
public class SourceResource extends RecordResource<SourceRecord> {

    @Inject
    SourceStore store;

    @Override
    protected RecordStore<?, SourceRecord> store() {
        return store;
    }

    @Override
    protected String keyOf(SourceRecord record) {
        return record.slug();
    }
}

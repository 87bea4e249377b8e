package io.labwatch.api.source;

import io.labwatch.api.shared.RecordResource;
import io.labwatch.domain.exchange.RecordStore;
import io.labwatch.domain.source.OutletRecord;
import io.labwatch.domain.source.OutletStore;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Outlets as JSON, addressed by slug: their aliases and the reliability their sources default to. */
@Path("/api/outlets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sources")
public class OutletResource extends RecordResource<OutletRecord> {

    @Inject
    OutletStore store;

    @Override
    protected RecordStore<?, OutletRecord> store() {
        return store;
    }

    @Override
    protected String keyOf(OutletRecord record) {
        return record.slug();
    }
}

package io.labwatch.api.compute;

import io.labwatch.api.shared.RecordResource;
import io.labwatch.domain.exchange.ComputeDealRecord;
import io.labwatch.domain.exchange.ComputeDealStore;
import io.labwatch.domain.exchange.RecordStore;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Compute deals as JSON, addressed by id. */
@Path("/api/compute-deals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Compute deals")
public class ComputeDealResource extends RecordResource<ComputeDealRecord> {

    @Inject
    ComputeDealStore store;

    @Override
    protected RecordStore<?, ComputeDealRecord> store() {
        return store;
    }

    @Override
    protected String keyOf(ComputeDealRecord record) {
        return String.valueOf(record.id());
    }
}

package io.labwatch.api.funding;

import io.labwatch.api.shared.RecordResource;
import io.labwatch.domain.exchange.ValuationRecord;
import io.labwatch.domain.exchange.ValuationStore;
import io.labwatch.domain.exchange.RecordStore;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Valuations as JSON, addressed by id. */
@Path("/api/valuations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Valuations")
public class ValuationResource extends RecordResource<ValuationRecord> {

    @Inject
    ValuationStore store;

    @Override
    protected RecordStore<?, ValuationRecord> store() {
        return store;
    }

    @Override
    protected String keyOf(ValuationRecord record) {
        return String.valueOf(record.id());
    }
}

package io.labwatch.api.hire;

import io.labwatch.api.shared.RecordResource;
import io.labwatch.domain.exchange.HireRecord;
import io.labwatch.domain.exchange.HireStore;
import io.labwatch.domain.exchange.RecordStore;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Hires as JSON, addressed by id. */
@Path("/api/hires")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Hires")
public class HireResource extends RecordResource<HireRecord> {

    @Inject
    HireStore store;

    @Override
    protected RecordStore<?, HireRecord> store() {
        return store;
    }

    @Override
    protected String keyOf(HireRecord record) {
        return String.valueOf(record.id());
    }
}

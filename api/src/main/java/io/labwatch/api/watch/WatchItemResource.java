package io.labwatch.api.watch;

import io.labwatch.api.shared.RecordResource;
import io.labwatch.domain.exchange.WatchItemRecord;
import io.labwatch.domain.exchange.WatchItemStore;
import io.labwatch.domain.exchange.RecordStore;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Watch items as JSON, addressed by id. */
@Path("/api/watch-items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Watch items")
public class WatchItemResource extends RecordResource<WatchItemRecord> {

    @Inject
    WatchItemStore store;

    @Override
    protected RecordStore<?, WatchItemRecord> store() {
        return store;
    }

    @Override
    protected String keyOf(WatchItemRecord record) {
        return String.valueOf(record.id());
    }
}

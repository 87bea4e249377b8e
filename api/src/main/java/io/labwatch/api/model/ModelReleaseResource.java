package io.labwatch.api.model;

import io.labwatch.api.shared.RecordResource;
import io.labwatch.domain.exchange.RecordStore;
import io.labwatch.domain.model.ModelReleaseRecord;
import io.labwatch.domain.model.ModelReleaseStore;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Model releases as JSON, addressed by id. (One class per kind until the registry also generates the API document.) */
@Path("/api/model-releases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Model releases")
public class ModelReleaseResource extends RecordResource<ModelReleaseRecord> {

    @Inject
    ModelReleaseStore store;

    @Override
    protected RecordStore<?, ModelReleaseRecord> store() {
        return store;
    }

    @Override
    protected String keyOf(ModelReleaseRecord record) {
        return String.valueOf(record.id());
    }
}

package io.labwatch.api.lab;

import io.labwatch.api.shared.RecordResource;
import io.labwatch.domain.exchange.LabRecord;
import io.labwatch.domain.exchange.LabStore;
import io.labwatch.domain.exchange.RecordStore;
import io.labwatch.domain.overview.LabOverview;
import io.labwatch.domain.overview.LabOverviewQuery;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Labs as JSON, addressed by slug. */
@Path("/api/labs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Labs")
public class LabResource extends RecordResource<LabRecord> {

    @Inject
    LabStore store;

    @Inject
    LabOverviewQuery overview;

    @Override
    protected RecordStore<?, LabRecord> store() {
        return store;
    }

    @Override
    protected String keyOf(LabRecord record) {
        return record.slug();
    }

    @GET
    @Path("/overview")
    @Operation(summary = "All labs at a glance", description = "Every lab with its latest valuation and latest dated event, by name.")
    public List<LabOverview> overview() {
        return overview.all();
    }
}

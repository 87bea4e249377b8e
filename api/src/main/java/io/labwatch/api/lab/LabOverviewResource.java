package io.labwatch.api.lab;

import io.labwatch.domain.overview.LabOverview;
import io.labwatch.domain.overview.LabOverviewQuery;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every lab at a glance: a read model beside the labs collection. */
@Path("/api/labs/overview")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Labs")
public class LabOverviewResource {

    @Inject
    LabOverviewQuery overview;

    @GET
    @Operation(summary = "All labs at a glance", description = "Every lab with its latest valuation and latest dated event, by name.")
    public List<LabOverview> overview() {
        return overview.all();
    }
}

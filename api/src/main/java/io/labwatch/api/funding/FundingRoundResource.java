package io.labwatch.api.funding;

import io.labwatch.api.shared.RecordResource;
import io.labwatch.domain.exchange.FundingRoundRecord;
import io.labwatch.domain.exchange.FundingRoundStore;
import io.labwatch.domain.exchange.RecordStore;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Funding rounds as JSON, addressed by id. */
@Path("/api/funding-rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Funding rounds")
public class FundingRoundResource extends RecordResource<FundingRoundRecord> {

    @Inject
    FundingRoundStore store;

    @Override
    protected RecordStore<?, FundingRoundRecord> store() {
        return store;
    }

    @Override
    protected String keyOf(FundingRoundRecord record) {
        return String.valueOf(record.id());
    }
}

package io.labwatch.api.finance;

import io.labwatch.api.shared.RecordResource;
import io.labwatch.domain.exchange.FinancialMetricRecord;
import io.labwatch.domain.exchange.FinancialMetricStore;
import io.labwatch.domain.exchange.RecordStore;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Financial metrics as JSON, addressed by id. */
@Path("/api/financial-metrics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Financial metrics")
public class FinancialMetricResource extends RecordResource<FinancialMetricRecord> {

    @Inject
    FinancialMetricStore store;

    @Override
    protected RecordStore<?, FinancialMetricRecord> store() {
        return store;
    }

    @Override
    protected String keyOf(FinancialMetricRecord record) {
        return String.valueOf(record.id());
    }
}

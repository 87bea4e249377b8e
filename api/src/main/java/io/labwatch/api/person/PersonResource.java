package io.labwatch.api.person;

import io.labwatch.api.shared.RecordResource;
import io.labwatch.domain.exchange.PersonRecord;
import io.labwatch.domain.exchange.PersonStore;
import io.labwatch.domain.exchange.RecordStore;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** People as JSON, addressed by slug. */
@Path("/api/people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People")
public class PersonResource extends RecordResource<PersonRecord> {

    @Inject
    PersonStore store;

    @Override
    protected RecordStore<?, PersonRecord> store() {
        return store;
    }

    @Override
    protected String keyOf(PersonRecord record) {
        return record.slug();
    }
}

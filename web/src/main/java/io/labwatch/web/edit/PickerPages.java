package io.labwatch.web.edit;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** What a form's picker finds as the analyst types: at most twenty labs, people or sources holding every typed word. */
@Path("/pick")
public class PickerPages {

    @Inject
    References references;

    @GET
    @Path("{segment}")
    @Produces(MediaType.APPLICATION_JSON)
    public List<FormField.Option> find(@PathParam("segment") String segment, @QueryParam("q") String typed) {
        if (References.Table.of(segment) == null) {
            throw new NotFoundException("Nothing to pick from at /pick/" + segment);
        }
        return references.find(segment, typed);
    }
}

package io.labwatch.web.freshness;

import io.labwatch.domain.freshness.FreshnessQueue;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.shared.StaleVersionException;
import io.labwatch.web.shared.Redirect;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The work queue: profiles due for review, sources whose facts are still only rumoured, facts that break a newer rule. */
@Path("/freshness")
@Produces(MediaType.TEXT_HTML)
public class FreshnessPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(List<Lab> stale, List<FreshnessQueue.RumouredSource> rumoured, List<FreshnessQueue.BrokenRule> broken,
                int days, String message);
    }

    @Inject
    FreshnessQueue queue;

    /** How long a verified profile stays fresh. */
    @ConfigProperty(name = "labwatch.freshness.stale-after-days", defaultValue = "30")
    int days;

    @GET
    public TemplateInstance queue() {
        return page(null);
    }

    @POST
    @Path("/labs/{slug}/verify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verify(@PathParam("slug") String slug, @FormParam("version") long version) {
        try {
            queue.markVerified(slug, version, LocalDate.now());
            return Redirect.seeOther("/freshness").build();
        } catch (StaleVersionException e) {
            return Response.status(409).entity(page(e.getMessage())).build();
        }
    }

    private TemplateInstance page(String message) {
        return Templates.queue(queue.staleLabs(LocalDate.now().minusDays(days)), queue.rumouredSources(), queue.brokenRules(), days, message);
    }
}

package io.labwatch.web.watch;

import io.labwatch.domain.watch.WatchScorecard;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;

/** The watch-item scorecard: open, resolved and expired items per lab and per quarter raised. */
@Path("/scorecard")
@Produces(MediaType.TEXT_HTML)
public class ScorecardPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scorecard(List<WatchScorecard.Line> lines);
    }

    @Inject
    WatchScorecard scorecard;

    @GET
    public TemplateInstance page() {
        return Templates.scorecard(scorecard.lines(LocalDate.now()));
    }
}

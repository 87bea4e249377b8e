package io.labwatch.web.imports;

import io.labwatch.domain.epoch.EpochCsv;
import io.labwatch.domain.epoch.EpochImporter;
import io.labwatch.domain.epoch.EpochReport;
import io.labwatch.domain.exchange.ImportRejectedException;
import io.labwatch.domain.exchange.RowError;
import io.labwatch.domain.shared.InvalidInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The import page: an Epoch AI file pasted in, previewed as a diff (nothing written), then applied. A refused file
 * comes back in the form with every problem on its line, the pasted text kept.
 */
@Path("/import")
@Produces(MediaType.TEXT_HTML)
public class ImportPages {

    /** What the analyst typed, shown again whatever happened. */
    public record ImportForm(String dataset, String retrievedOn, String csv) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance epoch(List<String> datasets, ImportForm form, List<RowError> errors, EpochReport report);
    }

    @Inject
    EpochImporter epoch;

    @GET
    public TemplateInstance page() {
        return Templates.epoch(epoch.names(), new ImportForm("revenue", LocalDate.now(ZoneOffset.UTC).toString(), ""), List.of(), null);
    }

    @POST
    @Path("/epoch")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance run(@FormParam("dataset") String dataset, @FormParam("retrievedOn") String retrievedOn, @FormParam("csv") String csv,
            @FormParam("apply") String apply) {
        ImportForm form = new ImportForm(dataset == null ? "" : dataset.trim(), retrievedOn == null ? "" : retrievedOn, csv == null ? "" : csv);
        if (!epoch.names().contains(form.dataset())) {
            return Templates.epoch(epoch.names(), form, List.of(new RowError(form.dataset(), 0, "dataset", "choose one of the files listed")), null);
        }
        LocalDate retrieved;
        try {
            retrieved = retrievedOn == null || retrievedOn.isBlank() ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(retrievedOn.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return Templates.epoch(epoch.names(), form, List.of(new RowError(dataset, 0, "retrievedOn", "is not a date (YYYY-MM-DD)")), null);
        }
        if (form.csv().isBlank()) {
            return Templates.epoch(epoch.names(), form, List.of(new RowError(dataset, 0, "csv", "paste the file's contents, header row first")), null);
        }
        try {
            EpochReport report = epoch.run(dataset, EpochCsv.read(dataset, form.csv()), retrieved, apply == null);
            return Templates.epoch(epoch.names(), form, List.of(), report);
        } catch (ImportRejectedException e) {
            return Templates.epoch(epoch.names(), form, e.errors, null);
        } catch (InvalidInputException e) {
            return Templates.epoch(epoch.names(), form, e.errors.stream().map(f -> new RowError(dataset, 0, f.field(), f.message())).toList(), null);
        }
    }
}

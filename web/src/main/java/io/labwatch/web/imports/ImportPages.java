package io.labwatch.web.imports;

import io.labwatch.domain.epoch.EpochCsv;
import io.labwatch.domain.epoch.EpochImporter;
import io.labwatch.domain.epoch.EpochReport;
import io.labwatch.domain.exchange.Dataset;
import io.labwatch.domain.exchange.ImportJobs;
import io.labwatch.domain.exchange.OnConflict;
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
 * comes back in the form with every problem on its line, the pasted text kept. A Labwatch dataset file (the export
 * format, of any size) is sent by the page's script to {@link #startJob} as an import job, whose page shows its progress.
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

        static native TemplateInstance job(ImportJobs.View job);
    }

    @Inject
    ImportJobs jobs;

    @Inject
    EpochImporter epoch;

    @GET
    public TemplateInstance page() {
        return Templates.epoch(epoch.names(), new ImportForm("revenue", LocalDate.now(ZoneOffset.UTC).toString(), ""), List.of(), null);
    }

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    /**
     * Starts an import job of a dataset file, sent by the page's script as a JSON body with the session's CSRF token in
     * its header (the API takes writes by password or token only). The answer is JSON for the script: the job's id
     * (202), or what is wrong with the file in words (400, 422). Any content type: the body is read as JSON whatever
     * the browser calls the file, and the role is checked before the body is read.
     */
    @POST
    @Path("/jobs")
    @Produces(MediaType.APPLICATION_JSON)
    public jakarta.ws.rs.core.Response startJob(String body, @jakarta.ws.rs.QueryParam("dryRun") boolean dryRun,
            @jakarta.ws.rs.QueryParam("onConflict") String onConflict) {
        Dataset dataset;
        try {
            dataset = json.readValue(body == null ? "" : body, Dataset.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            return answer(400, "the file is not a Labwatch dataset" + where + ": " + e.getOriginalMessage());
        }
        if (dataset == null) {
            return answer(400, "the file is empty");
        }
        try {
            ImportJobs.View job = jobs.start(dataset, dryRun, OnConflict.parse(onConflict), identity.getPrincipal().getName());
            return jakarta.ws.rs.core.Response.accepted(java.util.Map.of("id", job.id(), "page", "/import/jobs/" + job.id())).build();
        } catch (InvalidInputException e) {
            return answer(422, e.errors.stream().map(f -> (f.field().isEmpty() ? "" : f.field() + ": ") + f.message())
                    .collect(java.util.stream.Collectors.joining("; ")));
        }
    }

    private static jakarta.ws.rs.core.Response answer(int status, String detail) {
        return jakarta.ws.rs.core.Response.status(status).type(MediaType.APPLICATION_JSON).entity(java.util.Map.of("detail", detail)).build();
    }

    /** An import job: a progress bar while it runs (the page reloads itself), then what it created or every row's errors. */
    @GET
    @Path("/jobs/{id}")
    public TemplateInstance job(@jakarta.ws.rs.PathParam("id") long id) {
        return Templates.job(jobs.get(id));
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

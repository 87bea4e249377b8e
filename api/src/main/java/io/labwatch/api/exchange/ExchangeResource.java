package io.labwatch.api.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.labwatch.api.error.RequestBodies;
import io.labwatch.domain.epoch.EpochCsv;
import io.labwatch.domain.epoch.EpochImporter;
import io.labwatch.domain.epoch.EpochReport;
import io.labwatch.domain.exchange.Dataset;
import io.labwatch.domain.exchange.DatasetExporter;
import io.labwatch.domain.exchange.DatasetImporter;
import io.labwatch.domain.exchange.ImportResult;
import io.labwatch.domain.exchange.OnConflict;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Bulk import: the JSON dataset or CSV per section, all or nothing, idempotent. (A path of its own, not /api with
 * sub-paths: /api/{segment} serves the kinds, and the more literal root path is the one routing prefers.)
 */
@Path("/api/import")
@Tag(name = "Import and export")
public class ExchangeResource {

    @Inject
    io.labwatch.domain.exchange.RecordKinds kinds;


    @Inject
    DatasetImporter importer;

    @Inject
    ObjectMapper json;

    @Inject
    EpochImporter epoch;

    /**
     * The most rows one request imports: a larger document would hold the request (and its transaction) open for
     * minutes, so it goes to POST /api/import-jobs, which answers at once and reports progress.
     */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "labwatch.import.max-request-rows", defaultValue = "5000")
    int maxRequestRows;

    private Dataset withinRequestSize(Dataset dataset) {
        if (dataset.rows() > maxRequestRows) {
            throw new jakarta.ws.rs.WebApplicationException("The document holds " + dataset.rows() + " rows; one request imports at most "
                    + maxRequestRows + ". Start a job with the same document (POST /api/import-jobs): it answers at once with the job's URL,"
                    + " which shows its progress and then its result.", 413);
        }
        return dataset;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a dataset", description = "The export format. All or nothing: one bad row rejects the whole "
            + "document with every row's errors (422). A row whose record is stored already with the same values is unchanged, so "
            + "importing the same document twice changes nothing; one with other values is, as onConflict says, applied over the "
            + "stored record (update, recorded in the history), left out (skip), or an error naming the fields that differ (fail, "
            + "the default). With dryRun=true nothing is written. A document of more than 5,000 rows (labwatch.import.max-request-rows) "
            + "is refused (413): start a job with it (POST /api/import-jobs).")
    public ImportResult importJson(Dataset dataset, @QueryParam("dryRun") boolean dryRun,
            @QueryParam("onConflict") @Parameter(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, enumeration = {"update", "skip", "fail"}, defaultValue = "fail"),
                    description = "What to do with a row whose stored record has other values") String onConflict) {
        return importer.importDataset(withinRequestSize(RequestBodies.require(dataset)), dryRun, OnConflict.parse(onConflict));
    }

    @POST
    @Path("/{section}")
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import one section as CSV", description = "A section is a kind of record, named as the dataset names it: "
            + "the camel case of its collection's path (labs, hires, fundingRounds, modelReleases, ...). The header row names the "
            + "fields of the section's records; the citations column lists source slugs separated by |. Every error of every "
            + "row is listed; onConflict as for the dataset.")
    public ImportResult importCsv(@PathParam("section") String section, String csv, @QueryParam("dryRun") boolean dryRun,
            @QueryParam("onConflict") @Parameter(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, enumeration = {"update", "skip", "fail"}, defaultValue = "fail"),
                    description = "What to do with a row whose stored record has other values") String onConflict) {
        return importer.importDataset(withinRequestSize(CsvSection.read(section, RequestBodies.require(csv), json, kinds)), dryRun,
                OnConflict.parse(onConflict));
    }

    @POST
    @Path("/epoch/{dataset}")
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import an Epoch AI file", description = "One of Epoch AI's CSV files, in its own layout: revenue"
            + " (ai_companies_revenue_reports.csv), funding-rounds (ai_companies_funding_rounds.csv), models (notable_ai_models.csv and"
            + " the other models files) or data-centers (data_centers.csv). Rows are matched to stored records by natural key and the"
            + " answer is a diff: created, changed (each field's old and new value; written as updates with history), unchanged,"
            + " skipped with the reason, organisation names no lab answers to, and the columns not read. With dryRun=true nothing is"
            + " written and the answer is what applying would do. Every imported fact cites the hub (CC BY 4.0, with retrievedOn,"
            + " default today) and each row's source URLs. A missing column, a value of the wrong type or an unknown confidence word"
            + " rejects the file (422) listing every problem with its line; nothing is written.")
    public EpochReport importEpoch(@PathParam("dataset") String dataset, String csv, @QueryParam("dryRun") boolean dryRun,
            @QueryParam("retrievedOn") String retrievedOn) {
        LocalDate retrieved;
        try {
            retrieved = retrievedOn == null || retrievedOn.isBlank() ? LocalDate.now(java.time.ZoneOffset.UTC) : LocalDate.parse(retrievedOn.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(List.of(new FieldError("retrievedOn", "is not a date (YYYY-MM-DD): '" + retrievedOn + "'")));
        }
        return epoch.run(dataset, EpochCsv.read(dataset, RequestBodies.require(csv)), retrieved, dryRun);
    }
}

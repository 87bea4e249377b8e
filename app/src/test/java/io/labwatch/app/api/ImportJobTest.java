package io.labwatch.app.api;

import static io.labwatch.app.TestUsers.asAnalyst;
import static io.labwatch.app.TestUsers.asReader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.labwatch.app.WebSession;
import io.labwatch.app.contract.SendsInvalidRequests;
import io.labwatch.domain.exchange.Dataset;
import io.labwatch.domain.exchange.DatasetImporter;
import io.labwatch.domain.exchange.OnConflict;
import io.labwatch.domain.exchange.PersonRecord;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Imports as jobs: started at once, followed to their end, all or nothing like every import. */
@QuarkusTest
class ImportJobTest {

    @Inject
    DatasetImporter importer;

    private static String dataset(String prefix, int people) {
        String persons = IntStream.range(0, people).mapToObj(i -> "{\"slug\": \"" + prefix + "-person-" + i + "\", \"name\": \"" + prefix
                + " Person " + i + "\"}").collect(Collectors.joining(", "));
        return "{\"labs\": [{\"slug\": \"" + prefix + "-lab\", \"name\": \"" + prefix + " Lab\", \"kind\": \"AI_STARTUP\"}],"
                + " \"people\": [" + persons + "],"
                + " \"hires\": [{\"person\": \"" + prefix + "-person-0\", \"toLab\": \"" + prefix + "-lab\", \"kind\": \"JOINED\","
                + " \"announcedOn\": \"2026-02-01\", \"seniority\": \"SENIOR\", \"citations\": [{\"source\": \"cnbc-karpathy-anthropic\"}]}]}";
    }

    /** The job, read until it has ended (a job of a few rows ends within moments; the loop is bounded all the same). */
    private static JsonPath ended(String location) throws InterruptedException {
        String path = java.net.URI.create(location).getPath();
        for (int i = 0; i < 600; i++) {
            JsonPath job = asAnalyst().get(path).then().statusCode(200).extract().jsonPath();
            String state = job.getString("state");
            if (state.equals("SUCCEEDED") || state.equals("FAILED")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the job at " + location + " did not end within a minute");
    }

    @Test
    void aJobAnswersAtOnceWithItsAddressAndEndsWithWhatItImported() throws InterruptedException {
        Response started = asAnalyst().contentType(ContentType.JSON).body(dataset("job-a", 3)).post("/api/import-jobs");
        started.then().statusCode(202).body("rowsTotal", equalTo(5)).body("dryRun", equalTo(false)).body("onConflict", equalTo("FAIL"))
                .body("startedBy", equalTo("analyst"));
        String location = started.header("Location");
        assertThat(location).endsWith("/api/import-jobs/" + started.jsonPath().getLong("id"));

        JsonPath job = ended(location);
        assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(job.getInt("rowsDone")).isEqualTo(5);
        assertThat(job.getInt("result.created.people")).isEqualTo(3);
        assertThat(job.getInt("result.created.hires")).isEqualTo(1);
        assertThat(job.getList("errors")).isEmpty();
        assertThat(job.getString("finishedAt")).isNotNull();

        asAnalyst().get("/api/labs/job-a-lab").then().statusCode(200);
        asAnalyst().get("/api/hires?lab=job-a-lab").then().body("items[0].person", equalTo("job-a-person-0"));
        // the history names who started the job, though it ran outside their request
        asAnalyst().get("/api/history/labs/job-a-lab").then().body("items[0].actor", equalTo("analyst"));
        // and the same document again changes nothing
        JsonPath again = ended(asAnalyst().contentType(ContentType.JSON).body(dataset("job-a", 3)).post("/api/import-jobs").header("Location"));
        assertThat(again.getInt("result.unchanged.people")).isEqualTo(3);
        assertThat(again.getInt("result.created.people")).isZero();
    }

    @Test
    void aJobWithABadRowFailsWithEveryRowsProblemAndWritesNothing() throws InterruptedException {
        String bad = dataset("job-b", 2).replace("\"toLab\": \"job-b-lab\"", "\"toLab\": \"nowhere-lab\"");
        JsonPath job = ended(asAnalyst().contentType(ContentType.JSON).body(bad).post("/api/import-jobs").header("Location"));
        assertThat(job.getString("state")).isEqualTo("FAILED");
        assertThat(job.getString("message")).contains("nothing was written");
        assertThat(job.getString("errors[0].section")).isEqualTo("hires");
        assertThat(job.getInt("errors[0].row")).isEqualTo(1);
        assertThat(job.getString("errors[0].field")).isEqualTo("toLab");
        assertThat(job.getString("errors[0].message")).contains("nowhere-lab");
        asAnalyst().get("/api/labs/job-b-lab").then().statusCode(404);
        asAnalyst().get("/api/people/job-b-person-0").then().statusCode(404);
    }

    @Test
    void aDryRunJobSaysWhatItWouldDoAndWritesNothing() throws InterruptedException {
        JsonPath job = ended(asAnalyst().contentType(ContentType.JSON).body(dataset("job-c", 2)).post("/api/import-jobs?dryRun=true")
                .header("Location"));
        assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(job.getBoolean("result.dryRun")).isTrue();
        assertThat(job.getInt("result.created.people")).isEqualTo(2);
        asAnalyst().get("/api/labs/job-c-lab").then().statusCode(404);
    }

    @Test
    @SendsInvalidRequests("an import larger than one request takes, an empty job and a job that does not exist")
    void aDocumentTooLargeForOneRequestIsSentToAJobAndNothingIsWritten() {
        asAnalyst().contentType(ContentType.JSON).body(dataset("job-d", 5_000)).post("/api/import").then().statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("5002 rows")).body("detail", containsString("POST /api/import-jobs"));
        asAnalyst().get("/api/labs/job-d-lab").then().statusCode(404);
        asAnalyst().contentType(ContentType.JSON).body("{}").post("/api/import-jobs").then().statusCode(422)
                .body("errors[0].message", containsString("no records"));
        asAnalyst().get("/api/import-jobs/987654321").then().statusCode(404);
    }

    @Test
    void onlyAnalystsStartOrReadJobs() {
        String location = asAnalyst().contentType(ContentType.JSON).body(dataset("job-e", 1)).post("/api/import-jobs").header("Location");
        asReader().get(java.net.URI.create(location).getPath()).then().statusCode(403);
        asReader().contentType(ContentType.JSON).body(dataset("job-f", 1)).post("/api/import-jobs").then().statusCode(403);
        asAnalyst().get("/api/labs/job-f-lab").then().statusCode(404);
    }

    @Test
    void theJobsPageShowsItsProgressThenWhatWasImported() throws InterruptedException {
        String location = asAnalyst().contentType(ContentType.JSON).body(dataset("job-g", 2)).post("/api/import-jobs").header("Location");
        ended(location);
        String page = WebSession.signIn("analyst").request().get("/import/jobs/" + location.substring(location.lastIndexOf('/') + 1))
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("<progress id=\"job-progress\" max=\"4\" value=\"4\"").contains("Imported")
                .containsPattern("<th scope=\"row\">people</th><td>2</td>").doesNotContain("data-import-job-running");
    }

    @Test
    @SendsInvalidRequests("a file that is not JSON, and a post without the session's token")
    void theImportPageStartsAJobWithTheSessionsTokenAndSaysWhatIsWrongWithAFile() throws InterruptedException {
        WebSession session = WebSession.signIn("analyst");
        Response started = session.request().header("X-CSRF-Token", session.csrf()).contentType(ContentType.JSON)
                .body(dataset("job-h", 1)).post("/import/jobs?onConflict=skip");
        started.then().statusCode(202);
        assertThat(started.jsonPath().getString("page")).isEqualTo("/import/jobs/" + started.jsonPath().getLong("id"));
        JsonPath job = ended("/api/import-jobs/" + started.jsonPath().getLong("id"));
        assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(job.getString("onConflict")).isEqualTo("SKIP");

        session.request().header("X-CSRF-Token", session.csrf()).contentType(ContentType.JSON).body("{\"labs\": [")
                .post("/import/jobs").then().statusCode(400).body("detail", containsString("not a Labwatch dataset"));
        session.request().header("X-CSRF-Token", session.csrf()).contentType(ContentType.JSON).body("{}")
                .post("/import/jobs").then().statusCode(422).body("detail", containsString("no records"));
        session.request().contentType(ContentType.JSON).body(dataset("job-i", 1)).post("/import/jobs").then().statusCode(403);
        asAnalyst().get("/api/labs/job-i-lab").then().statusCode(404);
    }

    @Test
    void anImportReportsItsProgressEveryBatchOfRows() {
        List<PersonRecord> people = IntStream.range(0, 120).mapToObj(i -> new PersonRecord("job-progress-" + i, "Progress Person " + i,
                null, null, null, null, null)).toList();
        List<Integer> reported = new ArrayList<>();
        importer.importDataset(Dataset.of("people", people), true, OnConflict.FAIL, reported::add);
        assertThat(reported).containsExactly(50, 100);
    }
}

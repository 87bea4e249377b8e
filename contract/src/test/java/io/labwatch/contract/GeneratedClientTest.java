package io.labwatch.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.labwatch.client.ApiClient;
import io.labwatch.client.ApiException;
import io.labwatch.client.api.BriefsApi;
import io.labwatch.client.api.HiresApi;
import io.labwatch.client.api.LabsApi;
import io.labwatch.client.api.PeopleApi;
import io.labwatch.client.api.SourcesApi;
import io.labwatch.client.model.Audience;
import io.labwatch.client.model.BriefRequest;
import io.labwatch.client.model.CitationRecord;
import io.labwatch.client.model.HireRecord;
import io.labwatch.client.model.HireRecordPage;
import io.labwatch.client.model.LabRecord;
import io.labwatch.client.model.LabRecordPatch;
import io.labwatch.client.model.PersonRecord;
import io.labwatch.client.model.SourceRecord;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Java client generated from the API document (openapi-generator, library "native"), compiled as generated and
 * used, unedited, against the packaged application: the document is good enough when a client nobody here wrote
 * works with it.
 */
class GeneratedClientTest {

    private static RunningLabwatch labwatch;
    private static ApiClient client;

    @BeforeAll
    static void start() throws Exception {
        labwatch = RunningLabwatch.start();
        client = new ApiClient();
        client.updateBaseUri(labwatch.baseUri);
        // the native library leaves credentials to the caller: Basic, as the document's basicAuth scheme says
        String basic = Base64.getEncoder().encodeToString("analyst:analyst-demo-password".getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + basic));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (labwatch != null) {
            labwatch.close();
        }
    }

    @Test
    void anAnalystsDayThroughTheGeneratedClient() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        LabsApi labs = new LabsApi(client);
        SourcesApi sources = new SourcesApi(client);
        PeopleApi people = new PeopleApi(client);
        HiresApi hires = new HiresApi(client);

        // create a lab, a source, a person and a hire that cites the source
        LabRecord lab = labs.postLabs(new LabRecord().slug("client-lab-" + run).name("Client Lab " + run)
                .kind(LabRecord.KindEnum.FRONTIER_LAB), null);
        assertThat(lab.getVersion()).isNotNull();
        SourceRecord source = sources.postSources(new SourceRecord().slug("client-source-" + run).outlet("Client Wire")
                .headline("Client Lab hires a researcher").url("https://news.example.org/client-" + run).publishedOn(LocalDate.of(2026, 5, 19)), null);
        PersonRecord person = people.postPeople(new PersonRecord().slug("client-person-" + run).name("Client Person " + run), null);
        HireRecord hire = hires.postHires(new HireRecord().person(person.getSlug()).toLab(lab.getSlug()).kind(HireRecord.KindEnum.JOINED)
                .role("Researcher").seniority(HireRecord.SeniorityEnum.SENIOR).announcedOn(LocalDate.of(2026, 5, 19)).certainty(HireRecord.CertaintyEnum.CONFIRMED)
                .citations(List.of(new CitationRecord().source(source.getSlug()))), null);
        assertThat(hire.getId()).isNotNull();
        assertThat(hire.getCitations()).extracting(CitationRecord::getSource).containsExactly(source.getSlug());

        // list with a filter: the lab's hires are exactly the one made, counted
        HireRecordPage page = hires.getHires(HiresApi.APIGetHiresRequest.newBuilder().lab(lab.getSlug()).page(1).size(20).build());
        assertThat(page.getItems()).extracting(HireRecord::getId).containsExactly(hire.getId());
        assertThat(page.getTotal()).isEqualTo(1);
        // and by cursor, one at a time, after a second move of the lab
        HireRecord earlier = hires.postHires(new HireRecord().person(person.getSlug()).fromLab(lab.getSlug()).kind(HireRecord.KindEnum.DEPARTED)
                .seniority(HireRecord.SeniorityEnum.SENIOR).announcedOn(LocalDate.of(2026, 5, 1)).certainty(HireRecord.CertaintyEnum.REPORTED)
                .citations(List.of(new CitationRecord().source(source.getSlug()))), null);
        HireRecordPage first = hires.getHires(HiresApi.APIGetHiresRequest.newBuilder().lab(lab.getSlug()).limit(1).build());
        assertThat(first.getItems()).extracting(HireRecord::getId).containsExactly(hire.getId());
        assertThat(first.getTotal()).isNull();
        HireRecordPage second = hires.getHires(HiresApi.APIGetHiresRequest.newBuilder().lab(lab.getSlug()).limit(1).cursor(first.getNext()).build());
        assertThat(second.getItems()).extracting(HireRecord::getId).containsExactly(earlier.getId());
        assertThat(second.getNext()).isNull();

        // replace with the version read: the new value is stored and the version moves on
        LabRecord read = labs.getLabsByKey(lab.getSlug(), null);
        LabRecord replaced = labs.putLabsByKey(lab.getSlug(), read.headquarters("London"), "\"" + read.getVersion() + "\"");
        assertThat(replaced.getHeadquarters()).isEqualTo("London");
        assertThat(replaced.getVersion()).isGreaterThan(read.getVersion());

        // a write with the stale version is refused with 412, and changes nothing
        assertThatThrownBy(() -> labs.putLabsByKey(lab.getSlug(), read.headquarters("Paris"), "\"" + read.getVersion() + "\""))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(412));
        assertThat(labs.getLabsByKey(lab.getSlug(), null).getHeadquarters()).isEqualTo("London");

        // merge-patch one field: the others stay as they were
        LabRecord patched = labs.patchLabsByKey(lab.getSlug(), new LabRecordPatch().website("https://client-lab.example.org"),
                "\"" + replaced.getVersion() + "\"");
        assertThat(patched.getWebsite()).isEqualTo("https://client-lab.example.org");
        assertThat(patched.getHeadquarters()).isEqualTo("London");
        assertThat(patched.getName()).isEqualTo("Client Lab " + run);

        // a brief of the lab, as Markdown and as PDF
        BriefsApi briefs = new BriefsApi(client);
        BriefRequest request = new BriefRequest().audience(Audience.INVESTOR).labs(List.of(lab.getSlug()))
                .from(LocalDate.of(2026, 5, 1)).to(LocalDate.of(2026, 5, 31)).asOf(LocalDate.now(java.time.ZoneOffset.UTC)); // as Labwatch knows it now, with the lab just made
        String markdown = Files.readString(briefs.postBriefDocumentsByRendering("markdown", request, null).toPath());
        assertThat(markdown).contains("Client Lab " + run).contains("Client Person " + run);
        File pdf = briefs.postBriefDocumentsByRendering("pdf", request, null);
        byte[] bytes = Files.readAllBytes(pdf.toPath());
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(bytes.length).isGreaterThan(1000);
    }
}

package io.labwatch.app.demo;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;

import io.labwatch.domain.demo.DemoDataLoader;
import io.labwatch.domain.exchange.DatasetImporter;
import io.labwatch.domain.exchange.ImportResult;
import io.labwatch.domain.hire.Hire;
import io.labwatch.domain.hire.HireRepository;
import io.labwatch.domain.lab.LabRepository;
import io.labwatch.domain.source.CitationRepository;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoDataTest {

    @Inject
    DemoDataLoader loader;

    @Inject
    DatasetImporter importer;

    @Inject
    LabRepository labs;

    @Inject
    HireRepository hires;

    @Inject
    CitationRepository citations;

    @Test
    void apiListsTheLabsOfTheArticle() {
        asAnalyst().when().get("/api/labs?size=100").then().statusCode(200)
                .body("items.name", hasItems("Anthropic", "OpenAI", "Safe Superintelligence", "Thinking Machines", "xAI",
                        "SpaceX", "Google DeepMind", "Meta", "Tesla", "Eureka Labs", "Yahoo"));
        asAnalyst().when().get("/api/labs/overview").then().statusCode(200)
                .body("items.find { it.slug == 'anthropic' }.latestValuation.value", org.hamcrest.Matchers.equalTo(900000000000.00f))
                .body("items.find { it.slug == 'anthropic' }.latestEvent.occurredOn", org.hamcrest.Matchers.greaterThanOrEqualTo("2026-05-19"));
    }

    @Test
    void timelineShowsEachDatedSourceOfALabOnce() {
        List<Integer> ids = asAnalyst().get("/api/labs/anthropic/timeline?kind=SOURCE").then().statusCode(200)
                .body("items.summary", hasItems("TechCrunch: OpenAI co-founder Andrej Karpathy joins Anthropic's pre-training team",
                        "BUSINESS 2.0: Anthropic 2026: Karpathy Joins Pre-Training to Run Claude-on-Claude R&D"))
                .extract().path("items.factId");
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void homePageShowsLabsWithLatestValuationAndEvent() {
        asAnalyst().when().get("/").then().statusCode(200)
                .body(containsString("Anthropic"), containsString("$900B"), containsString("May 2026"),
                        containsString("Safe Superintelligence"), containsString("Model-assisted pre-training research; frontier safety"));
    }

    @Test
    @Transactional
    void karpathyHireIsStoredWithTeamReportingLineAndSources() {
        Hire hire = hires.find("person.slug = ?1 and toLab.slug = ?2", "andrej-karpathy", "anthropic").singleResult();

        assertThat(hire.team).isEqualTo("Pre-training");
        assertThat(hire.reportsTo.name).isEqualTo("Nick Joseph");
        assertThat(hire.fromLab.name).isEqualTo("Eureka Labs");
        List<String> outlets = citations.find("fact.id", hire.id).stream().map(c -> c.source.outlet).toList();
        assertThat(outlets).contains("TechCrunch", "CNBC", "TechRepublic", "Proactive Investors", "BUSINESS 2.0");
    }

    /**
     * The article's "Related" headlines carry no date or outlet of their own: their facts are reported, dated to the year,
     * and cite the article that lists them, with a note saying so.
     */
    @Test
    void theRelatedHeadlinesAreFactsOfTheirLabs() {
        asAnalyst().get("/labs/anthropic").then().statusCode(200).body(containsString("Acquisitions"),
                containsString("Anthropic announced the acquisition of Stainless"));
        asAnalyst().get("/labs/stainless").then().statusCode(200).body(containsString("Anthropic announced the acquisition of Stainless"));
        asAnalyst().get("/labs/openai").then().statusCode(200).body(containsString("Partnerships"),
                containsString("OpenAI announced a distribution partnership with Dell Technologies (OpenAI as provider, Dell Technologies as distributor)"));
        asAnalyst().get("/labs/google-deepmind").then().statusCode(200).body(containsString("Google DeepMind released Gemini 3.5 Flash (agentic)"));
        // xAI's Colossus 1, rented to Anthropic through SpaceX: a data center Anthropic uses, shared with its operator
        asAnalyst().get("/labs/anthropic").then().statusCode(200).body(containsString("Data centers"),
                containsString("<td>Colossus 1</td><td>Memphis, Tennessee</td><td>xAI</td><td>Anthropic rents through SpaceX</td><td>shared with other labs</td>"));
        asAnalyst().get("/labs/xai").then().statusCode(200).body(containsString("xAI operates it"));
        // as known on the article's day too: the center is demo data recorded then, like the deal that points at it
        asAnalyst().get("/labs/anthropic?asOf=2026-06-01").then().statusCode(200)
                .body(containsString("<td>Colossus 1</td><td>Memphis, Tennessee</td><td>xAI</td><td>Anthropic rents through SpaceX</td>"));
        asAnalyst().get("/api/acquisitions?target=stainless").then().statusCode(200)
                .body("items[0].datePrecision", org.hamcrest.Matchers.equalTo("YEAR"))
                .body("items[0].certainty", org.hamcrest.Matchers.equalTo("REPORTED"))
                .body("items[0].citations[0].source", org.hamcrest.Matchers.equalTo("business20-karpathy-anthropic"))
                .body("items[0].citations[0].note", containsString("Related"));
    }

    @Test
    @Transactional
    void everyDemoFactCitesASource() {
        for (String target : List.of("fact", "watch_item")) {
            Number uncited = (Number) labs.getEntityManager().createNativeQuery(
                    "select count(*) from " + target + " f where not exists (select 1 from citation c where c." + target + "_id = f.id)")
                    .getSingleResult();
            assertThat(uncited.longValue()).as("uncited rows in " + target).isZero();
        }
        @SuppressWarnings("unchecked")
        List<String> kinds = labs.getEntityManager().createNativeQuery("select distinct kind from fact").getResultList();
        assertThat(kinds).as("kinds of fact in the demo data").contains("HIRE", "FUNDING_ROUND", "VALUATION", "FINANCIAL_METRIC", "COMPUTE_DEAL",
                "MODEL_RELEASE", "ACQUISITION", "PARTNERSHIP");
        Number revenue = (Number) labs.getEntityManager().createNativeQuery(
                "select value from financial_metric where period = '2026-Q2' and metric = 'REVENUE'"
                + " and lab_id = (select id from lab where slug = 'anthropic')").getSingleResult();
        assertThat(new BigDecimal(revenue.toString())).isEqualByComparingTo("10900000000");
    }

    @Test
    void loadingAgainAddsNothing() {
        long before = labs.count() + hires.count() + citations.count();

        assertThat(loader.loadOnce()).isFalse();
        ImportResult again = importer.importDataset(loader.read(), false);

        assertThat(again.totalCreated()).isZero();
        assertThat(again.unchanged().get("hires")).isEqualTo(loader.read().section("hires").size());
        assertThat(labs.count() + hires.count() + citations.count()).isEqualTo(before);
    }
}

package io.labwatch.app.brief;

import static org.assertj.core.api.Assertions.assertThat;

import io.labwatch.reports.brief.Audience;
import io.labwatch.reports.brief.Brief;
import io.labwatch.reports.brief.BriefFormat;
import io.labwatch.reports.brief.BriefRequest;
import io.labwatch.reports.build.BriefService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The May 2026 Anthropic briefs say what the article says, each fact footnoted, in every format. */
@QuarkusTest
class BriefContentTest {

    static final LocalDate FROM = LocalDate.parse("2026-05-01");
    static final LocalDate TO = LocalDate.parse("2026-05-31");

    @Inject
    BriefService briefs;

    static BriefRequest anthropicMay(Audience audience) {
        return new BriefRequest(audience, List.of("anthropic"), FROM, TO, TO);
    }

    /** A red-team security researcher is a safety hire, not a capability hire (the word "researcher" misled the old rule). */
    @Test
    void buyersReadRohlfAsSafetyAndKarpathyAsCapability() {
        List<String> why = briefs.build(anthropicMay(Audience.ENTERPRISE_BUYER)).whyItMatters().stream().map(s -> s.text()).toList();
        assertThat(why).filteredOn(t -> t.startsWith("Capability:")).anySatisfy(t -> assertThat(t).contains("Andrej Karpathy"))
                .noneSatisfy(t -> assertThat(t).contains("Chris Rohlf"));
        List<String> regulator = briefs.build(anthropicMay(Audience.REGULATOR)).whyItMatters().stream().map(s -> s.text()).toList();
        assertThat(regulator).filteredOn(t -> t.startsWith("Safety capacity:")).anySatisfy(t -> assertThat(t).contains("Chris Rohlf"));
    }

    @Test
    void investorBriefHoldsTheFactsOfTheArticleEachWithSources() {
        Brief b = briefs.build(anthropicMay(Audience.INVESTOR));

        Brief.TalentMove karpathy = b.talentMoves().stream().filter(m -> m.person().equals("Andrej Karpathy")).findFirst().orElseThrow();
        assertThat(karpathy.team()).isEqualTo("Pre-training");
        assertThat(karpathy.reportsTo()).isEqualTo("Nick Joseph");
        assertThat(karpathy.footnotes()).hasSizeGreaterThanOrEqualTo(4);
        Brief.TalentMove rohlf = b.talentMoves().stream().filter(m -> m.person().equals("Chris Rohlf")).findFirst().orElseThrow();
        assertThat(rohlf.team()).isEqualTo("Frontier red team");
        assertThat(rohlf.footnotes()).isNotEmpty();
        assertThat(b.talentMoves()).anySatisfy(m -> {
            assertThat(m.person()).isEqualTo("Ross Nordeen");
            assertThat(m.from()).isEqualTo("xAI");
            assertThat(m.footnotes()).isNotEmpty();
        });
        assertThat(b.roundsAndValuations()).anySatisfy(r -> {
            assertThat(r.valuation()).isEqualTo("$900B");
            assertThat(r.footnotes()).isNotEmpty();
        });
        assertThat(b.metrics()).singleElement().satisfies(m -> {
            assertThat(m.value()).isEqualTo("$10.9B");
            assertThat(m.period()).isEqualTo("2026-Q2");
            assertThat(m.footnotes()).isNotEmpty();
        });
        assertThat(b.computeDeals()).singleElement().satisfies(d -> {
            assertThat(d.provider()).isEqualTo("SpaceX");
            assertThat(d.facility()).isEqualTo("Colossus 1");
            assertThat(d.location()).isEqualTo("Memphis, Tennessee");
            assertThat(d.footnotes()).isNotEmpty();
        });
        assertThat(b.coverage()).extracting(Brief.Coverage::outlet).contains("TechCrunch", "CNBC", "TechRepublic", "Proactive Investors");
        assertThat(b.coverage()).filteredOn(c -> c.outlet().equals("CNBC")).singleElement()
                .satisfies(c -> assertThat(c.focusAngle()).isEqualTo("Valuation and talent-war context; Musk v. Altman trial"));
        assertThat(b.watch()).extracting(Brief.Watch::question)
                .contains("Publications on model-in-the-loop training", "Follow-on hires");
        assertThat(b.divergences()).anySatisfy(s -> assertThat(s.text()).startsWith("TechCrunch").contains("Rohlf"));
        assertThat(b.takeaways().get(0).text()).contains("$900B");
    }

    @Test
    void regulatorsGetDifferentLeadTakeawaysAndReasons() {
        Brief investor = briefs.build(anthropicMay(Audience.INVESTOR));
        Brief regulator = briefs.build(anthropicMay(Audience.REGULATOR));

        assertThat(regulator.takeaways().get(0).text()).contains("Chris Rohlf", "Frontier red team");
        assertThat(regulator.takeaways().get(1).text()).contains("compute", "Colossus 1");
        assertThat(investor.takeaways().get(0).text()).isNotEqualTo(regulator.takeaways().get(0).text());
        assertThat(regulator.whyItMattersTitle()).isEqualTo("Why this matters for regulators");
        assertThat(regulator.whyItMatters()).anySatisfy(s -> assertThat(s.text()).startsWith("Safety capacity: Chris Rohlf"));
        assertThat(regulator.whyItMatters()).anySatisfy(s -> assertThat(s.text()).startsWith("Compute concentration: SpaceX"));
        assertThat(investor.whyItMatters()).anySatisfy(s -> assertThat(s.text()).startsWith("Valuation: Anthropic was valued at $900B"));
        assertThat(regulator.sectionOrder()).isNotEqualTo(investor.sectionOrder());
        // The same facts appear in both.
        assertThat(regulator.facts()).isEqualTo(investor.facts());
    }

    @ParameterizedTest
    @EnumSource(Audience.class)
    void everyFootnoteResolvesAndEverySourceIsUsed(Audience audience) {
        Brief b = briefs.build(anthropicMay(audience));
        String md = new String(briefs.render(b, BriefFormat.MARKDOWN), StandardCharsets.UTF_8);
        String body = md.substring(0, md.indexOf("## Sources"));

        Set<Integer> cited = new TreeSet<>();
        Matcher refs = Pattern.compile("\\[(\\d+(?:, \\d+)*)\\]").matcher(body);
        while (refs.find()) {
            for (String n : refs.group(1).split(", ")) {
                cited.add(Integer.parseInt(n));
            }
        }
        Set<Integer> listed = new TreeSet<>();
        b.sources().forEach(s -> listed.add(s.number()));
        assertThat(listed).isNotEmpty();
        assertThat(cited).isEqualTo(listed);
        assertThat(b.sources()).extracting(Brief.SourceEntry::number).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, b.sources().size()).boxed().toList());
    }

    @Test
    void everyFormatCarriesTheFactsAndTheirFootnotes() throws Exception {
        Brief b = briefs.build(anthropicMay(Audience.INVESTOR));
        List<String> expected = List.of("Andrej Karpathy", "Nick Joseph", "Pre-training", "Chris Rohlf", "Frontier red team",
                "Ross Nordeen", "$900B", "$10.9B", "Colossus 1", "SpaceX", "TechCrunch", "CNBC", "TechRepublic", "Proactive Investors",
                "Follow-on hires", "Why this matters for investors");
        String md = new String(briefs.render(b, BriefFormat.MARKDOWN), StandardCharsets.UTF_8);
        String html = new String(briefs.render(b, BriefFormat.HTML), StandardCharsets.UTF_8);
        String json = new String(briefs.render(b, BriefFormat.JSON), StandardCharsets.UTF_8);
        String pdf;
        try (PDDocument doc = Loader.loadPDF(briefs.render(b, BriefFormat.PDF))) {
            // read both in the order the text was drawn (table cells whole) and in reading order (a wrapped source line
            // whole, not interleaved with its link)
            PDFTextStripper byPosition = new PDFTextStripper();
            byPosition.setSortByPosition(true);
            pdf = (new PDFTextStripper().getText(doc) + "\n" + byPosition.getText(doc)).replaceAll("\\s+", " ");
        }
        for (String fact : expected) {
            assertThat(md).as("markdown").contains(fact);
            assertThat(html).as("html").contains(fact);
            assertThat(pdf).as("pdf").contains(fact);
        }
        assertThat(json).contains("Andrej Karpathy", "Nick Joseph", "$900B", "$10.9B", "Colossus 1", "\"footnotes\"");
        assertThat(html).contains("<a href=\"#source-1\">1</a>").contains("<li id=\"source-1\">").doesNotContain("<link", "<script", "src=");
        assertThat(pdf).contains("Sources", "BUSINESS 2.0: Anthropic 2026: $900B Round Closes", "Aisha Mohammed", "“Karpathy might just be the best man for the job”", "Research strategy — model-assisted");
    }
    /** The data appendix: one CSV line per fact the brief uses, its statement, and its sources' numbers, slugs and URLs. */
    @Test
    void theDataAppendixListsEveryFactWithItsSources() throws Exception {
        Brief b = briefs.build(anthropicMay(io.labwatch.reports.brief.Audience.INVESTOR));
        String csv = new String(briefs.render(b, BriefFormat.CSV), StandardCharsets.UTF_8);
        var rows = new com.fasterxml.jackson.dataformat.csv.CsvMapper().readerFor(java.util.Map.class)
                .with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader()).<java.util.Map<String, String>>readValues(csv).readAll();
        assertThat(csv).startsWith("key,date,date_precision,certainty,statement,footnotes,source_slugs,source_urls\n");
        assertThat(rows).extracting(r -> r.get("key")).containsExactlyElementsOf(b.facts().stream().map(Brief.FactKey::key).toList());
        var karpathy = rows.stream().filter(r -> r.get("statement").startsWith("Andrej Karpathy joined Anthropic")).findFirst().orElseThrow();
        assertThat(karpathy.get("date")).isEqualTo("2026-05-19");
        assertThat(karpathy.get("date_precision")).isEqualTo("DAY");
        assertThat(karpathy.get("certainty")).isEqualTo("confirmed");
        assertThat(karpathy.get("source_slugs").split(" ")).hasSize(5).contains("techcrunch-karpathy-anthropic", "cnbc-karpathy-anthropic");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("footnotes")).as(r.get("key")).isNotBlank());
    }
}

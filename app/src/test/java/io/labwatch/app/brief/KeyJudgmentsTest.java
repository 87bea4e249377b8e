package io.labwatch.app.brief;

import static io.labwatch.app.brief.BriefContentTest.anthropicMay;
import static org.assertj.core.api.Assertions.assertThat;

import io.labwatch.reports.brief.Audience;
import io.labwatch.reports.brief.Brief;
import io.labwatch.reports.build.BriefService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A brief opens with key judgments that answer its own audience's questions: for Anthropic in May 2026 the investor,
 * enterprise-buyer, regulator and competitor briefs each open with a different judgment, every judgment footnoted, and a
 * confidence statement that counts the facts they rest on.
 */
@QuarkusTest
class KeyJudgmentsTest {

    @Inject
    BriefService briefs;

    @Test
    void eachAudienceOpensWithItsOwnJudgment() {
        Map<Audience, Brief> byAudience = new EnumMap<>(Audience.class);
        for (Audience a : Audience.values()) {
            byAudience.put(a, briefs.build(anthropicMay(a)));
        }
        Set<String> openings = new HashSet<>();
        byAudience.forEach((audience, b) -> {
            assertThat(b.judgments()).as(audience + ": judgments").isNotEmpty().hasSizeLessThanOrEqualTo(5);
            // every judgment answers one of this audience's questions, and the first one is its first answered question
            assertThat(b.judgments()).allSatisfy(j -> assertThat(audience.questions).contains(j.question()));
            assertThat(b.judgments().get(0).question()).isEqualTo(audience.questions.stream()
                    .filter(q -> b.judgments().stream().anyMatch(j -> j.question() == q)).findFirst().orElseThrow());
            assertThat(b.judgments()).allSatisfy(j -> assertThat(j.footnotes()).as(j.text()).isNotEmpty()
                    .allSatisfy(n -> assertThat(n).isBetween(1, b.sources().size())));
            // one answer per question before any question gets a second
            assertThat(b.judgments().stream().map(Brief.Judgment::question).distinct().count()).isEqualTo(b.judgments().size());
            // bottom line up front: the executive summary opens with the first judgment
            assertThat(b.executiveSummary().get(0).text()).isEqualTo(b.judgments().get(0).text());
            assertThat(b.confidence().text()).startsWith("Confidence: ").contains("The judgments rest on ");
            openings.add(b.judgments().get(0).text());
        });
        assertThat(openings).as("first judgments of the four audiences").hasSize(4);

        Brief investor = byAudience.get(Audience.INVESTOR);
        assertThat(investor.judgments().get(0).text())
                .isEqualTo("Anthropic's valuation reached $900B (primary round) in May 2026; Labwatch holds no earlier valuation of Anthropic"
                        + " to compare it with.");
        assertThat(byAudience.get(Audience.ENTERPRISE_BUYER).judgments().get(0).text())
                .isEqualTo("Anthropic gained 3 senior people and lost none in the period.");
        assertThat(byAudience.get(Audience.REGULATOR).judgments().get(0).text())
                .isEqualTo("1 of Anthropic's 3 senior arrivals in the period works in safety and security (Chris Rohlf, Frontier red team).");
        assertThat(byAudience.get(Audience.COMPETITOR).judgments().get(0).text()).startsWith("Anthropic's net senior talent flow in the period was +3");
    }

    @Test
    void theConfidenceStatementCountsTheFactsTheJudgmentsRestOn() {
        Brief b = briefs.build(anthropicMay(Audience.ENTERPRISE_BUYER));
        // three moves (Karpathy confirmed; Rohlf and Nordeen reported) and the Colossus 1 deal (reported); Nordeen and the deal
        // come from one outlet; no demo outlet is graded
        assertThat(b.confidence().text()).isEqualTo("Confidence: low. The judgments rest on 4 facts: 1 confirmed, 3 reported, none rumoured;"
                + " 2 come from a single outlet; best source grade per fact: ungraded (4).");
        assertThat(b.methodology()).anySatisfy(m -> assertThat(m).startsWith("Scope: Anthropic; facts that happened from 1 May 2026 to 31 May 2026"))
                .anySatisfy(m -> assertThat(m).contains("the data answered 3 of 5"));
    }

    @Test
    void aPeriodWithNothingToJudgeHasNoJudgmentsAndNoConfidenceStatement() {
        Brief b = briefs.build(new io.labwatch.reports.brief.BriefRequest(Audience.INVESTOR, List.of("anthropic"),
                java.time.LocalDate.parse("1990-01-01"), java.time.LocalDate.parse("1990-12-31"), java.time.LocalDate.parse("2026-05-31")));
        assertThat(b.judgments()).isEmpty();
        assertThat(b.confidence()).isNull();
        assertThat(b.methodology()).anySatisfy(m -> assertThat(m).contains("the data answered 0 of 5"));
    }
}

package io.labwatch.app.brief;

import static io.labwatch.app.brief.BriefContentTest.anthropicMay;
import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;

import io.labwatch.reports.brief.Audience;
import io.labwatch.reports.brief.BriefFormat;
import io.labwatch.reports.brief.BriefRequest;
import io.labwatch.reports.build.BriefService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** Briefs come out the same every time, ignore what was recorded after their as-of date, and match the pinned files. */
@QuarkusTest
class BriefStabilityTest {

    @Inject
    BriefService briefs;

    @Inject
    SessionFactory sessions;

    private String markdown(BriefRequest request) {
        return new String(briefs.render(briefs.build(request), BriefFormat.MARKDOWN), StandardCharsets.UTF_8);
    }

    private String json(BriefRequest request) {
        return new String(briefs.render(briefs.build(request), BriefFormat.JSON), StandardCharsets.UTF_8);
    }

    @Test
    void investorEnterpriseBuyerAndRegulatorBriefsMatchTheirGoldenFiles() throws Exception {
        assertThat(markdown(anthropicMay(Audience.INVESTOR))).isEqualTo(golden("anthropic-2026-05-investor.md"));
        assertThat(markdown(anthropicMay(Audience.ENTERPRISE_BUYER))).isEqualTo(golden("anthropic-2026-05-enterprise-buyer.md"));
        assertThat(markdown(anthropicMay(Audience.REGULATOR))).isEqualTo(golden("anthropic-2026-05-regulator.md"));
    }

    @Test
    void sameRequestGivesByteIdenticalMarkdownAndJson() {
        BriefRequest request = anthropicMay(Audience.COMPETITOR);
        assertThat(markdown(request)).isEqualTo(markdown(request));
        assertThat(json(request)).isEqualTo(json(request));
    }

    @Test
    void aFactRecordedAfterTheAsOfDateLeavesTheBriefUnchanged() {
        BriefRequest request = anthropicMay(Audience.INVESTOR);
        String md = markdown(request);
        String json = json(request);

        asAnalyst().contentType(ContentType.JSON).body("""
                {"person": "john-schulman", "fromLab": "anthropic", "toLab": "thinking-machines", "kind": "JOINED",
                 "announcedOn": "2026-05-20", "seniority": "EXECUTIVE", "citations": [{"source": "cnbc-karpathy-anthropic"}]}""")
                .post("/api/hires").then().statusCode(201);

        assertThat(markdown(request)).isEqualTo(md);
        assertThat(json(request)).isEqualTo(json);
        BriefRequest today = new BriefRequest(Audience.INVESTOR, request.labs(), request.from(), request.to(), java.time.LocalDate.now().plusDays(1));
        assertThat(markdown(today)).contains("John Schulman");
    }

    @Inject
    io.labwatch.domain.exchange.RecordKinds kinds;

    @Test
    void aBriefCostsAFixedNumberOfStatements() {
        sessions.getStatistics().clear();
        briefs.build(anthropicMay(Audience.INVESTOR));
        long one = sessions.getStatistics().getPrepareStatementCount();
        sessions.getStatistics().clear();
        briefs.build(new BriefRequest(Audience.INVESTOR, java.util.List.of(), java.time.LocalDate.parse("2000-01-01"),
                java.time.LocalDate.parse("2030-12-31"), java.time.LocalDate.parse("2030-12-31")));
        long all = sessions.getStatistics().getPrepareStatementCount();
        sessions.getStatistics().clear();
        briefs.build(new BriefRequest(Audience.INVESTOR, java.util.List.of(), java.time.LocalDate.parse("2000-01-01"),
                java.time.LocalDate.parse("2030-12-31"), java.time.LocalDate.parse("2026-05-31")));
        long allInThePast = sessions.getStatistics().getPrepareStatementCount();
        assertThat(one).isLessThanOrEqualTo(18);
        // sixteen for the kinds with sections of their own (one more than before valuation marks: the rounds up to the
        // period's end, whose post-money are marks); for the others, one statement finds their facts, one per kind that
        // has any loads them, and one holds all their citations
        assertThat(all).isLessThanOrEqualTo(16 + 1 + kinds.derived().size() + 1);
        // the same brief as known on a past day: two more, the check for later changes and the rebuilding of the past (one function)
        // (at most: the past may hold fewer kinds of fact without sections of their own, each a statement less)
        assertThat(allInThePast).isLessThanOrEqualTo(all + 2);
    }

    private static String golden(String name) throws Exception {
        try (InputStream in = BriefStabilityTest.class.getResourceAsStream("/golden/" + name)) {
            assertThat(in).as("golden file " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

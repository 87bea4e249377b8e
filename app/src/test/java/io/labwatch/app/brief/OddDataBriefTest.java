package io.labwatch.app.brief;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.labwatch.app.LegacyRows;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No stored value, however odd, may make a brief fail: a $0 valuation followed by a real one, two valuations on one
 * day, a zero revenue, a lab with no facts at all — every audience, every format, the lab alone and all labs.
 */
@QuarkusTest
class OddDataBriefTest {

    private static void post(String path, String json) {
        asAnalyst().contentType(ContentType.JSON).body(json).post(path).then().statusCode(201);
    }

    @Inject
    DataSource dataSource;

    @Test
    void oddValuesNeverBreakABrief() throws Exception {
        post("/api/labs", "{\"slug\": \"odd-lab\", \"name\": \"Odd Lab\", \"kind\": \"AI_STARTUP\"}");
        post("/api/labs", "{\"slug\": \"empty-lab\", \"name\": \"Empty Lab\", \"kind\": \"OTHER\"}");
        String cite = "\"certainty\": \"REPORTED\", \"citations\": [{\"source\": \"cnbc-karpathy-anthropic\"}]";
        post("/api/valuations", "{\"lab\": \"odd-lab\", \"asOf\": \"2026-03-01\", \"value\": 1, \"basis\": \"ESTIMATE\", " + cite + "}");
        // a zero valuation is refused now; one stored before the rule stays, and must not break a brief either
        LegacyRows.write(dataSource, "update valuation set value = 0 where as_of = '2026-03-01' and lab_id = (select id from lab where slug = 'odd-lab')");
        post("/api/valuations", "{\"lab\": \"odd-lab\", \"asOf\": \"2026-04-01\", \"value\": 5000000000, \"basis\": \"ESTIMATE\", " + cite + "}");
        post("/api/valuations", "{\"lab\": \"odd-lab\", \"asOf\": \"2026-04-01\", \"value\": 4000000000, \"basis\": \"SECONDARY_SALE\", " + cite + "}");
        post("/api/financial-metrics", "{\"lab\": \"odd-lab\", \"period\": \"2026-Q2\", \"metric\": \"REVENUE\", \"value\": 0, "
                + "\"reportedOn\": \"2026-04-02\", " + cite + "}");
        post("/api/financial-metrics", "{\"lab\": \"odd-lab\", \"period\": \"2026-Q1\", \"metric\": \"OPERATING_LOSS\", \"value\": -300000000, "
                + "\"reportedOn\": \"2026-04-02\", " + cite + "}");

        List<String> failed = new ArrayList<>();
        for (String audience : List.of("INVESTOR", "ENTERPRISE_BUYER", "REGULATOR", "COMPETITOR")) {
            for (String labs : List.of("[\"odd-lab\"]", "[\"empty-lab\"]", "[]")) {
                for (String format : List.of("md", "json", "html", "pdf")) {
                    String body = "{\"audience\": \"" + audience + "\", \"labs\": " + labs
                            + ", \"from\": \"2026-01-01\", \"to\": \"2026-12-31\", \"asOf\": \"2026-12-31\"}";
                    int status = asAnalyst().contentType(ContentType.JSON).body(body).post("/api/briefs?format=" + format).statusCode();
                    if (status != 200) {
                        failed.add(audience + " " + labs + " " + format + ": " + status);
                    }
                }
            }
        }
        assertThat(failed).as("briefs that failed").isEmpty();

        String investor = asAnalyst().contentType(ContentType.JSON).body("{\"audience\": \"INVESTOR\", \"labs\": [\"odd-lab\"], "
                + "\"from\": \"2026-01-01\", \"to\": \"2026-12-31\", \"asOf\": \"2026-12-31\"}").post("/api/briefs?format=md").asString();
        // A stored $0 is no valuation mark (the rule "valuation marks"), so no change is told from it; two marks on one
        // day follow their ids; and a zero revenue gives no multiple.
        assertThat(investor).doesNotContain("from $0").contains("down 20% ($1B) from $5B").doesNotContain("Infinity")
                .doesNotContain("NaN").doesNotContain("Revenue multiple");
    }
}

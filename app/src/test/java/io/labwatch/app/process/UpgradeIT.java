package io.labwatch.app.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database made by the release before the one fact table (schema V11, one table and one id sequence per kind of
 * fact, one citation column per kind) upgrades with nothing lost: the data, the past as time travel reads it, the
 * audit history, a watch item's resolution, a published brief and a pending webhook delivery. Every id of the old
 * database is 1 for each kind, so the renumbering is exercised; old links answer with a redirect.
 */
class UpgradeIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The state at the end of the first day (2025-06-01), as the old release wrote it; the second day's edits come after. */
    private static final String OLD_RELEASE_DATA = """
            select set_config('labwatch.row_history', 'off', true);
            insert into lab (slug, name, kind, stated_emphasis, created_at, updated_at) values
              ('alpha', 'Alpha Labs', 'FRONTIER_LAB', 'Safety first', '2025-06-01', '2025-06-01'),
              ('beta', 'Beta AI', 'AI_STARTUP', null, '2025-06-01', '2025-06-01'),
              ('gamma', 'Gamma Compute', 'COMPUTE_PROVIDER', null, '2025-06-01', '2025-06-01');
            insert into person (slug, name, created_at, updated_at) values ('pat-doe', 'Pat Doe', '2025-06-01', '2025-06-01'),
              ('sam-boss', 'Sam Boss', '2025-06-01', '2025-06-01');
            insert into source (slug, outlet, headline, published_on, created_at, updated_at) values
              ('wire-one', 'Wire', 'Alpha raises', '2025-01-10', '2025-06-01', '2025-06-01'),
              ('wire-two', 'Wire', 'Alpha profile', '2025-02-02', '2025-06-01', '2025-06-01');
            insert into hire (person_id, from_lab_id, to_lab_id, kind, role, team, reports_to_id, announced_on, seniority, certainty,
                              created_at, updated_at)
            select (select id from person where slug = 'pat-doe'), (select id from lab where slug = 'alpha'),
                   (select id from lab where slug = 'beta'), 'JOINED', 'Researcher', 'Pre-training',
                   (select id from person where slug = 'sam-boss'), '2025-03-01', 'SENIOR', 'CONFIRMED', '2025-06-01', '2025-06-01';
            insert into funding_round (lab_id, name, announced_on, date_precision, amount_raised, post_money_valuation, certainty,
                                       created_at, updated_at)
            select id, 'Series A', '2025-01-01', 'MONTH', 100000000, 1000000000, 'REPORTED', '2025-06-01', '2025-06-01' from lab where slug = 'alpha';
            insert into valuation (lab_id, as_of, value, basis, funding_round_id, certainty, created_at, updated_at)
            select id, '2025-01-10', 1000000000, 'PRIMARY_ROUND', (select id from funding_round), 'REPORTED', '2025-06-01', '2025-06-01'
              from lab where slug = 'alpha';
            insert into financial_metric (lab_id, period, metric, value, reported_on, certainty, created_at, updated_at)
            select id, '2025-Q1', 'REVENUE', 50000000, '2025-04-01', 'RUMOURED', '2025-06-01', '2025-06-01' from lab where slug = 'alpha';
            insert into compute_deal (buyer_lab_id, provider_lab_id, facility, announced_on, certainty, created_at, updated_at)
            select a.id, g.id, f.name, f.day, 'REPORTED', '2025-06-01', '2025-06-01'
              from lab a, lab g, (values ('Facility One', date '2025-02-01'), ('Facility Two', date '2025-05-01')) f (name, day)
             where a.slug = 'alpha' and g.slug = 'gamma';
            insert into watch_item (lab_id, question, raised_on, status, resolved_on, resolved_by_valuation_id, created_at, updated_at)
            select id, 'Next valuation', '2025-01-01', 'RESOLVED', '2025-01-10', (select id from valuation), '2025-06-01', '2025-06-01'
              from lab where slug = 'alpha';
            insert into citation (source_id, hire_id, created_at, updated_at) select (select id from source where slug = 'wire-one'), id, '2025-06-01', '2025-06-01' from hire;
            insert into citation (source_id, funding_round_id, note, created_at, updated_at)
              select (select id from source where slug = 'wire-one'), id, 'only Wire had the amount', '2025-06-01', '2025-06-01' from funding_round;
            insert into citation (source_id, valuation_id, created_at, updated_at) select (select id from source where slug = 'wire-one'), id, '2025-06-01', '2025-06-01' from valuation;
            insert into citation (source_id, financial_metric_id, created_at, updated_at) select (select id from source where slug = 'wire-two'), id, '2025-06-01', '2025-06-01' from financial_metric;
            insert into citation (source_id, compute_deal_id, created_at, updated_at) select (select id from source where slug = 'wire-two'), id, '2025-06-01', '2025-06-01' from compute_deal;
            insert into citation (source_id, lab_id, created_at, updated_at) select (select id from source where slug = 'wire-two'), id, '2025-06-01', '2025-06-01' from lab where slug = 'alpha';
            insert into citation (source_id, watch_item_id, created_at, updated_at) select (select id from source where slug = 'wire-two'), id, '2025-06-01', '2025-06-01' from watch_item;
            select set_config('labwatch.row_history', 'on', true);
            select backfill_row_history();
            insert into audit_entry (at, actor, entity_type, entity_id, entity_key, action, before, after)
            select '2025-06-01', 'analyst', 'Valuation', id, id::text, 'CREATE', null, '{"value": 1000000000}' from valuation;
            insert into app_user (username, password_hash, role) values ('hook-owner', 'x', 'ANALYST');
            insert into webhook (user_id, url, secret) select id, 'https://hooks.example.com/labwatch', 'secret' from app_user where username = 'hook-owner';
            insert into webhook_delivery (webhook_id, event, payload, next_attempt_at)
            select w.id, 'fact.updated', jsonb_build_object('kind', 'valuations', 'id', v.id), now() + interval '1 day' from webhook w, valuation v;
            insert into published_brief (audience, scope, period_from, period_to, as_of, headline, data_hash, request_json, brief_json, markdown, html, pdf)
            values ('INVESTOR', 'alpha', '2025-01-01', '2025-05-31', '2025-06-01', 'Alpha — a brief', 'hash', '{}', '{}',
                    'Alpha raised $100M [1].' || chr(10) || chr(10) || '1. Wire, "Alpha raises"', '<p>Alpha</p>', '\\x25504446');
            """;

    /** The second day: the move is corrected to another lab, the valuation revised, a deal withdrawn. */
    private static final String SECOND_DAY = """
            update hire set to_lab_id = (select id from lab where slug = 'gamma'), version = version + 1, updated_at = now();
            update valuation set value = 2000000000, version = version + 1, updated_at = now();
            delete from compute_deal where facility = 'Facility Two';
            """;

    @Test
    void aDatabaseOfThePreviousReleaseUpgradesWithNothingLost(@TempDir Path dir) throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            Flyway.configure().dataSource(url, "postgres", "postgres").locations("filesystem:../domain/src/main/resources/db/migration")
                    .target("11").load().migrate();
            try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
                s.execute("begin; " + OLD_RELEASE_DATA + " commit;");
                s.execute("begin; " + SECOND_DAY + " commit;");
                try (ResultSet r = s.executeQuery("select (select id from valuation), (select id from funding_round), (select id from hire)")) {
                    r.next();
                    assertThat(List.of(r.getLong(1), r.getLong(2), r.getLong(3))).as("old ids, one sequence per kind").containsOnly(1L);
                }
            }

            Map<String, String> env = Map.of("QUARKUS_DATASOURCE_JDBC_URL", url, "QUARKUS_DATASOURCE_USERNAME", "postgres",
                    "QUARKUS_DATASOURCE_PASSWORD", "postgres", "LABWATCH_ADMIN_PASSWORD", "upgrade-admin-password");
            try (LabwatchProcess app = LabwatchProcess.start(Map.of("labwatch.demo.enabled", "false"), env, dir.resolve("upgrade.log"))) {
                app.credentials = "admin:upgrade-admin-password";

                // the data as it stands, through the export
                JsonNode export = json(app.get("/api/export"));
                JsonNode hire = only(export.get("hires"));
                assertThat(hire.get("id").asLong()).as("talent moves keep their ids").isEqualTo(1);
                assertThat(hire.get("toLab").asText()).isEqualTo("gamma");
                assertThat(hire.get("fromLab").asText()).isEqualTo("alpha");
                assertThat(hire.get("reportsTo").asText()).isEqualTo("sam-boss");
                assertThat(hire.get("certainty").asText()).isEqualTo("CONFIRMED");
                assertThat(sources(hire)).containsExactly("wire-one");
                JsonNode round = only(export.get("fundingRounds"));
                assertThat(round.get("datePrecision").asText()).isEqualTo("MONTH");
                assertThat(round.get("citations").get(0).get("note").asText()).isEqualTo("only Wire had the amount");
                JsonNode valuation = only(export.get("valuations"));
                assertThat(valuation.get("value").decimalValue()).isEqualByComparingTo("2000000000");
                assertThat(valuation.get("round").asText()).isEqualTo("Series A");
                assertThat(valuation.get("version").asLong()).isEqualTo(1);
                assertThat(only(export.get("financialMetrics")).get("certainty").asText()).isEqualTo("RUMOURED");
                assertThat(only(export.get("computeDeals")).get("facility").asText()).isEqualTo("Facility One");
                List<JsonNode> alpha = new ArrayList<>();
                export.get("labs").forEach(l -> {
                    if (l.get("slug").asText().equals("alpha")) {
                        alpha.add(l);
                    }
                });
                assertThat(sources(only(alpha))).as("a lab's profile is cited too").containsExactly("wire-two");
                long valuationId = valuation.get("id").asLong();
                assertThat(valuationId).as("a renumbered fact").isNotEqualTo(1);
                JsonNode watch = only(export.get("watchItems"));
                assertThat(watch.get("resolvedBy").asText()).isEqualTo("valuations/" + valuationId);
                assertThat(sources(watch)).containsExactly("wire-two");

                // old links lead to the renumbered facts; the kept ids answer as before
                HttpResponse<String> moved = app.get("/api/valuations/1");
                assertThat(moved.statusCode()).isEqualTo(308);
                assertThat(moved.headers().firstValue("Location").orElseThrow()).endsWith("/api/valuations/" + valuationId);
                assertThat(app.get("/api/hires/1").statusCode()).isEqualTo(200);
                assertThat(app.get("/api/compute-deals/999").statusCode()).isEqualTo(404);

                // the past reads as it was: before the second day the move went to beta, the valuation was $1B, the
                // withdrawn deal was there
                JsonNode betaThen = json(app.get("/api/labs/beta/timeline?asOf=2025-06-02"));
                assertThat(kinds(betaThen)).containsExactly("HIRE_IN");
                assertThat(kinds(json(app.get("/api/labs/beta/timeline")))).isEmpty();
                JsonNode alphaThen = json(app.get("/api/labs/alpha/timeline?asOf=2025-06-02"));
                assertThat(summaries(alphaThen)).anyMatch(s -> s.contains("Facility Two")).anyMatch(s -> s.contains("$1B"));
                JsonNode alphaNow = json(app.get("/api/labs/alpha/timeline"));
                assertThat(summaries(alphaNow)).noneMatch(s -> s.contains("Facility Two")).anyMatch(s -> s.contains("$2B"));
                assertThat(app.get("/labs/alpha?asOf=2025-06-02").body()).contains("Facility Two");
                String briefThen = app.post("/api/briefs?format=md", "{\"audience\": \"INVESTOR\", \"labs\": [\"alpha\"], \"from\": \"2025-01-01\","
                        + " \"to\": \"2025-05-31\", \"asOf\": \"2025-06-02\"}").body();
                assertThat(briefThen).contains("Facility Two").contains("Wire");
                // sources were not graded then: with a minimum grade the past brief is empty of facts, and says why
                String gradedThen = app.post("/api/briefs?format=md", "{\"audience\": \"INVESTOR\", \"labs\": [\"alpha\"], \"from\": \"2025-01-01\","
                        + " \"to\": \"2025-05-31\", \"asOf\": \"2025-06-02\", \"minimumGrade\": \"C\"}").body();
                assertThat(gradedThen).doesNotContain("Facility Two").contains("Labwatch began grading sources on ")
                        .contains("every source counts as ungraded");
                assertThat(app.get("/labs/alpha?asOf=2025-06-02").body()).contains("Labwatch began grading sources on ")
                        .contains("no source was graded yet");

                // the audit history follows the valuation to its new id
                JsonNode history = json(app.get("/api/history/valuations/" + valuationId));
                assertThat(history.findValuesAsText("action")).contains("CREATE");

                // what was stored outside the facts is untouched
                long briefId = only(json(app.get("/api/briefs")).get("items")).get("id").asLong();
                assertThat(app.get("/api/briefs/" + briefId + "?format=md").body()).contains("Alpha raised $100M [1].").contains("1. Wire, \"Alpha raises\"");
            }
            try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("select payload ->> 'id', (select fact_id from fact_former_id where kind = 'VALUATION' and former_id = 1)"
                            + " from webhook_delivery")) {
                r.next();
                assertThat(r.getLong(1)).as("a pending delivery keeps the id it announced").isEqualTo(1);
                assertThat(r.getLong(2)).as("which still resolves").isPositive();
            }
        }
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode only(JsonNode array) {
        assertThat(array).hasSize(1);
        return array.get(0);
    }

    private static JsonNode only(List<JsonNode> nodes) {
        assertThat(nodes).hasSize(1);
        return nodes.get(0);
    }

    private static List<String> sources(JsonNode record) {
        List<String> slugs = new ArrayList<>();
        record.get("citations").forEach(c -> slugs.add(c.get("source").asText()));
        return slugs;
    }

    private static List<String> kinds(JsonNode page) {
        List<String> kinds = new ArrayList<>();
        page.get("items").forEach(i -> kinds.add(i.get("kind").asText()));
        return kinds;
    }

    private static List<String> summaries(JsonNode page) {
        List<String> summaries = new ArrayList<>();
        page.get("items").forEach(i -> summaries.add(i.get("summary").asText()));
        return summaries;
    }
}

package io.labwatch.app.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * At the generated scale (bench/generate-dataset.sql: 1,000 labs, 100,000 facts, 200,000 sources, 400,000
 * citations), each page and API list costs the same number of SQL statements for the largest lab (about 12,000
 * facts) as for a small one (timelines: at most one statement per kind of fact on the page), and no more than the
 * in-process tests pin at demo scale: no query grows with the data.
 */
class ScaleStatementCountIT {

    /** Path for the largest lab, path for a small lab, the most statements either may cost (as pinned in-process). */
    private static final Map<String[], Integer> PAGES = new LinkedHashMap<>();
    private static final int TIMELINE_BOUND = 15;

    static {
        // 13 since review: an analyst's profile lists what is proposed about the lab (one statement, on an index)
        // 14 since the follow button says "Following": whether the user follows the lab (one row)
        PAGES.put(new String[] {"/labs/megalab", "/labs/gen-lab-500"}, 14);
        PAGES.put(new String[] {"/api/hires?lab=megalab&size=50", "/api/hires?lab=gen-lab-500&size=50"}, 5);
        // a timeline page reads each kind of fact on it (at most six, and their sources): its count depends on the mix of
        // kinds on the page, never on the number of facts; the bound is that of a page holding every kind: sign-in, lab,
        // count, page, six kinds of fact and five kinds' citations (the feed also reads the lab first)
        PAGES.put(new String[] {"/api/labs/megalab/timeline", "/api/labs/gen-lab-500/timeline"}, TIMELINE_BOUND);
        PAGES.put(new String[] {"/api/valuations?lab=megalab&size=100", "/api/valuations?lab=gen-lab-500&size=100"}, 5);
        PAGES.put(new String[] {"/api/citations?lab=megalab&size=100", "/api/citations?lab=gen-lab-500&size=100"}, 5);
        PAGES.put(new String[] {"/feeds/labs/megalab.atom", "/feeds/labs/gen-lab-500.atom"}, TIMELINE_BOUND + 1);
        PAGES.put(new String[] {"/people/gen-person-1", "/people/gen-person-19999"}, 8);
        PAGES.put(new String[] {"/api/search?q=researcher", "/api/search?q=megalab"}, 2);
        PAGES.put(new String[] {"/", "/?kind=COMPUTE_PROVIDER"}, 4);
    }

    @Test
    void pagesAndListsCostTheSameStatementsForTheLargestAndASmallLab(@TempDir Path dir) throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            Map<String, String> env = Map.of("QUARKUS_DATASOURCE_JDBC_URL", url, "QUARKUS_DATASOURCE_USERNAME", "postgres",
                    "QUARKUS_DATASOURCE_PASSWORD", "postgres", "LABWATCH_ADMIN_PASSWORD", "scale-admin-password");
            Map<String, String> props = Map.of("labwatch.demo.enabled", "false", "quarkus.hibernate-orm.statistics", "true");
            try (LabwatchProcess app = LabwatchProcess.start(props, env, dir.resolve("scale.log"))) {
                app.credentials = "admin:scale-admin-password";
                try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
                    s.execute(Files.readString(Path.of("../bench/generate-dataset.sql")));
                    try (ResultSet r = s.executeQuery("select pg_temp.generate_dataset(1000, 20000, 100000, 200000, 0.42)")) {
                        r.next();
                        System.out.println("Generated: " + r.getString(1));
                    }
                    try (ResultSet r = s.executeQuery("select count(*) from lab_event where kind <> 'SOURCE'"
                            + " and lab_id = (select id from lab where slug = 'megalab')")) {
                        r.next();
                        assertThat(r.getLong(1)).as("facts of the largest lab").isGreaterThanOrEqualTo(10_000);
                    }
                }
                for (var page : PAGES.entrySet()) {
                    long large = statements(app, page.getKey()[0]);
                    long small = statements(app, page.getKey()[1]);
                    System.out.printf("%s: %d statements; %s: %d%n", page.getKey()[0], large, page.getKey()[1], small);
                    if (page.getValue() < TIMELINE_BOUND) {
                        assertThat(large).as("statements for %s vs %s", page.getKey()[0], page.getKey()[1]).isEqualTo(small);
                    }
                    assertThat(large).as("statements for %s", page.getKey()[0]).isLessThanOrEqualTo(page.getValue());
                    assertThat(small).as("statements for %s", page.getKey()[1]).isLessThanOrEqualTo(page.getValue());
                }
                // No amount of data may break a brief: the largest lab's over every year (over 10,000 facts), and all
                // labs' over a year (an all-labs brief over every year takes longer than a request may: fast-at-scale issue).
                for (String[] scope : new String[][] {{"[\"megalab\"]", "2000-01-01"}, {"[]", "2025-01-01"}}) {
                    for (String format : List.of("md", "json")) {
                        var brief = app.post("/api/briefs?format=" + format, "{\"audience\": \"INVESTOR\", \"labs\": " + scope[0]
                                + ", \"from\": \"" + scope[1] + "\", \"to\": \"2025-12-31\", \"asOf\": \"2026-12-31\"}");
                        assertThat(brief.statusCode()).as("%s brief of %s: %s", format, scope[0], brief.body()).isEqualTo(200);
                    }
                }
                audiencesOpenDifferently(app);
                printedBriefsKeepEveryColumnAndNumberTheirPages(app);
            }
        }
    }

    /**
     * Over the generated labs, each audience's all-labs brief of a year opens with a judgment of its own, and every judgment
     * answers one of that audience's questions.
     */
    private static void audiencesOpenDifferently(LabwatchProcess app) throws Exception {
        java.util.Set<String> openings = new java.util.HashSet<>();
        for (io.labwatch.reports.brief.Audience audience : io.labwatch.reports.brief.Audience.values()) {
            var answer = app.post("/api/briefs?format=json", "{\"audience\": \"" + audience + "\", \"labs\": [], \"from\": \"2025-01-01\","
                    + " \"to\": \"2025-12-31\", \"asOf\": \"2026-12-31\"}");
            assertThat(answer.statusCode()).as(audience + " brief").isEqualTo(200);
            var judgments = JSON.readTree(answer.body()).get("judgments");
            assertThat(judgments.size()).as(audience + " judgments").isBetween(1, 5);
            judgments.forEach(j -> assertThat(audience.questions).contains(io.labwatch.reports.brief.Question.valueOf(j.get("question").asText())));
            System.out.println(audience + " opens: " + judgments.get(0).get("text").asText());
            openings.add(judgments.get(0).get("text").asText());
        }
        assertThat(openings).as("first judgments of the four audiences").hasSize(io.labwatch.reports.brief.Audience.values().length);
    }

    /**
     * The PDFs of a 4-lab brief and of the all-labs brief over a year: every page numbered "Page n of N", every column of the
     * widest table there, and no glyph past the page's right edge.
     */
    private static void printedBriefsKeepEveryColumnAndNumberTheirPages(LabwatchProcess app) throws Exception {
        for (String labs : List.of("[\"megalab\", \"gen-lab-2\", \"gen-lab-3\", \"gen-lab-4\"]", "[]")) {
            var answer = app.postForBytes("/api/briefs?format=pdf", "{\"audience\": \"COMPETITOR\", \"labs\": " + labs
                    + ", \"from\": \"2025-01-01\", \"to\": \"2025-12-31\", \"asOf\": \"2026-12-31\"}");
            assertThat(answer.statusCode()).as("PDF of " + labs).isEqualTo(200);
            try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(answer.body())) {
                int pages = pdf.getNumberOfPages();
                float[] rightmost = {0};
                org.apache.pdfbox.text.PDFTextStripper edges = new org.apache.pdfbox.text.PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) throws java.io.IOException {
                        positions.forEach(t -> rightmost[0] = Math.max(rightmost[0], t.getXDirAdj() + t.getWidthDirAdj()));
                        super.writeString(text, positions);
                    }
                };
                String all = edges.getText(pdf);
                System.out.printf("PDF of %s: %d pages, rightmost glyph at %.0f of %.0f%n", labs, pages, rightmost[0],
                        pdf.getPage(0).getMediaBox().getWidth());
                assertThat(rightmost[0]).as("rightmost glyph of " + labs).isLessThan(pdf.getPage(0).getMediaBox().getWidth() - 20);
                for (int p = 1; p <= pages; p++) {
                    assertThat(all).as("page number %d", p).contains("Page " + p + " of " + pages);
                }
                assertThat(all).contains("Person", "From", "To", "Move", "Role", "Team", "Reports to", "Date", "Certainty", "Sources");
            }
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** Statements one request costs: the prepared-statement counter around it, less what reading the counter costs. */
    private static long statements(LabwatchProcess app, String path) throws Exception {
        long first = counter(app);
        long second = counter(app);
        long readingCost = second - first;
        assertThat(app.get(path).statusCode()).as(path).isEqualTo(200);
        app.get(path);
        long before = counter(app);
        assertThat(app.get(path).statusCode()).as(path).isEqualTo(200);
        return counter(app) - before - readingCost;
    }

    private static long counter(LabwatchProcess app) throws Exception {
        return app.get("/q/metrics").body().lines().filter(l -> l.startsWith("hibernate_statements_total{") && l.contains("status=\"prepared\""))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}

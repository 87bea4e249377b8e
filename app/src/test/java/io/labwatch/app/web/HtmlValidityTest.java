package io.labwatch.app.web;

import static io.labwatch.app.TestUsers.asAnalyst;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;

/** Key pages are valid HTML by the Nu HTML checker (the W3C's validator), run in-process on what the server sends. */
@QuarkusTest
class HtmlValidityTest {

    @Test
    void keyPagesHaveNoHtmlErrors() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.TEXT);
        List<String> problems = new ArrayList<>();
        for (String path : List.of("/", "/labs/anthropic", "/labs/anthropic?asOf=2026-06-01", "/people/andrej-karpathy", "/timeline",
                "/compare", "/flows", "/briefs", "/new/hires?toLab=anthropic", "/watchlist", "/scorecard", "/freshness", "/account",
                "/search?q=karpathy", "/labs", "/people", "/edit/labs/anthropic", "/review", "/merge/labs/anthropic", "/merge/sources",
                "/history/labs/anthropic", "/cases", "/import", "/watchlist/feed-link?feed=labs/anthropic", "/flows/cohort?lab=anthropic")) {
            problems.addAll(errors(validator, path, asAnalyst().get(path).then().statusCode(200).extract().asString()));
        }
        problems.addAll(errors(validator, "/login", given().get("/login").then().statusCode(200).extract().asString()));
        // a form shown again with its errors
        String badBrief = "/briefs?audience=INVESTOR&labs=anthropic&from=someday&to=2026-05-31&asOf=2026-05-31";
        problems.addAll(errors(validator, badBrief, asAnalyst().get(badBrief).then().statusCode(400).extract().asString()));
        assertThat(problems).as("HTML errors").isEmpty();
    }

    private static List<String> errors(EmbeddedValidator validator, String path, String html) throws Exception {
        String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        return report.lines().filter(l -> l.startsWith("Error") || l.startsWith("Fatal")).map(l -> path + ": " + l).toList();
    }
}

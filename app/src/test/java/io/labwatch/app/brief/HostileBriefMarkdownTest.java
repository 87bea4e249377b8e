package io.labwatch.app.brief;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A brief over hostile data — a lab named like an HTML tag, a source whose URL tries to leave its link — carries no
 * live HTML in its Markdown, downloaded or published, and links only to the source's URL, percent-encoded.
 */
@QuarkusTest
class HostileBriefMarkdownTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NAME = "<img src=x onerror=alert(1)>";
    private static final String URL = "https://e.com/a)\"<script>alert(1)</script>";

    @Test
    void theMarkdownOfABriefOverHostileDataHasNoRawHtmlAndNoScriptLink() throws Exception {
        post("/api/labs", Map.of("slug", "markup-lab", "name", NAME, "kind", "OTHER",
                "statedEmphasis", "[x](javascript:alert(1)) | `code` *_[]#\nsecond line"));
        post("/api/sources", Map.of("slug", "markup-source", "outlet", "<b>Outlet</b>", "headline", "<script>alert(1)</script>", "url", URL,
                "focusAngle", "a | b\nc", "keyQuote", "</td><svg onload=alert(1)>"));
        post("/api/funding-rounds", Map.of("lab", "markup-lab", "name", "Seed <i>round</i>", "announcedOn", "2026-03-02",
                "amountRaised", 1_000_000, "citations", List.of(Map.of("source", "markup-source"))));
        String request = JSON.writeValueAsString(Map.of("audience", "INVESTOR", "labs", List.of("markup-lab"), "from", "2026-01-01",
                "to", "2026-12-31", "asOf", LocalDate.now().plusDays(1).toString()));

        String md = asAnalyst().contentType(ContentType.JSON).accept("text/markdown").body(request).post("/api/briefs").then().statusCode(200)
                .extract().asString();

        assertThat(md).startsWith("# &lt;img src=x onerror=alert(1)&gt; — ");
        // The data reached the brief, as text: the source with its link, the round, the coverage row and the positioning.
        assertThat(md).contains("[&lt;script&gt;alert(1)&lt;/script&gt;](https://e.com/a%29%22%3Cscript%3Ealert%281%29%3C/script%3E)",
                "Seed &lt;i&gt;round&lt;/i&gt;", "&lt;/td&gt;&lt;svg onload=alert(1)&gt;",
                "\\[x\\](javascript:alert(1)) \\| \\`code\\` \\*\\_\\[\\]\\# second line");
        assertThat(md).as("no raw tag, and no raw < at all").doesNotContain("<");
        assertThat(md).as("no javascript: link target").doesNotContainPattern("(?i)(?<!\\\\)\\]\\(\\s*javascript:");
        assertThat(md.lines()).as("the coverage row keeps its five columns").contains(
                "| &lt;b&gt;Outlet&lt;/b&gt; | &lt;script&gt;alert(1)&lt;/script&gt; | a \\| b c | “&lt;/td&gt;&lt;svg onload=alert(1)&gt;” | [1] |");

        int id = asAnalyst().contentType(ContentType.JSON).body(request).post("/api/briefs/published").then().statusCode(201).extract().path("id");
        assertThat(asAnalyst().get("/api/briefs/" + id + "?format=md").then().statusCode(200).extract().asString()).isEqualTo(md);
    }

    private static void post(String path, Map<String, ?> body) throws Exception {
        asAnalyst().contentType(ContentType.JSON).body(JSON.writeValueAsString(body)).post(path).then().statusCode(201);
    }
}

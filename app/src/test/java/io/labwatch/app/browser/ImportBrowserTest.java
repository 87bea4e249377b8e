package io.labwatch.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.labwatch.app.TestUsers.asAnalyst;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A dataset file chosen on the import page runs as a job whose page follows it to the end. */
@QuarkusTest
class ImportBrowserTest extends ChromiumPages {

    private static final String DATASET = """
            {"labs": [{"slug": "browser-import-lab", "name": "Browser Import Lab", "kind": "AI_STARTUP"}],
             "people": [{"slug": "browser-import-person", "name": "Browser Import Person"}],
             "hires": [{"person": "browser-import-person", "toLab": "browser-import-lab", "kind": "JOINED", "announcedOn": "2026-03-02",
                        "seniority": "SENIOR", "citations": [{"source": "cnbc-karpathy-anthropic"}]}]}
            """;

    /** The import page of a signed-in analyst, with a file of this content chosen and the import started. */
    private Page importFile(BrowserContext context, String content) {
        Page page = signedIn(context, "analyst");
        page.navigate(url("/import"));
        page.getByLabel("Dataset file (JSON)").setInputFiles(new FilePayload("dataset.json", "application/json",
                content.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the import")).click();
        return page;
    }

    @Test
    void aDatasetFileIsImportedAsAJobWhosePageShowsTheResult() {
        try (BrowserContext context = browser.newContext()) {
            Page page = importFile(context, DATASET);
            assertThat(page).hasURL(Pattern.compile(".*/import/jobs/[0-9]+$"));
            // the page reloads itself until the job has ended
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Imported").setExact(true))).isVisible();
            assertThat(page.locator("#job-rows")).containsText("3 of 3 rows read");
            assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName("hires 1 0 0 0"))).isVisible();
        }
        asAnalyst().get("/api/hires?lab=browser-import-lab").then().statusCode(200)
                .body("items[0].person", org.hamcrest.Matchers.equalTo("browser-import-person"));
    }

    @Test
    void aRefusedFileIsSaidOnTheImportPageAndNothingIsWritten() {
        try (BrowserContext context = browser.newContext()) {
            Page page = importFile(context, "{\"labs\": [");
            assertThat(page.locator("#dataset-problem")).containsText("The file was not imported");
            assertThat(page).hasURL(url("/import"));
        }
    }
}


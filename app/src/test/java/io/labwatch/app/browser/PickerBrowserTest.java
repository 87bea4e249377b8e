package io.labwatch.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.labwatch.app.FactsOfEveryKind;
import io.labwatch.app.web.PickerTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server-side pickers in Chromium, with lists shorter than the data: type, arrow down, Enter, save. */
@QuarkusTest
@TestProfile(PickerTest.ShortLists.class)
class PickerBrowserTest extends ChromiumPages {

    @BeforeEach
    void seed() {
        FactsOfEveryKind.seed("pkb", 0);
    }

    @Test
    void referencesArePickedFromWhatTheServerFindsWithTheKeyboard() {
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "analyst");
            page.navigate(url("/new/valuations"));
            var lab = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Lab"));
            lab.fill("pkb la");
            assertThat(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("pkb Lab"))).isVisible();
            lab.press("ArrowDown");
            lab.press("Enter");
            assertThat(lab).hasValue("pkb Lab");

            var sources = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Sources"));
            sources.fill("karpathy cnbc");
            page.locator("#field-citations-found [role=option]").first().click();
            assertThat(page.locator("#picked-citations input[value='cnbc-karpathy-anthropic']")).isChecked();
            assertThat(sources).hasValue("");

            page.fill("#field-asOf", "2031-06-01");
            page.fill("#field-value", "3B");
            page.locator("#field-basis").selectOption("ESTIMATE");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create valuation")).click();
            assertThat(page).hasURL(url("/labs/pkb-lab"));
        }
        String stored = asAnalyst().get("/api/valuations?lab=pkb-lab").asString();
        assertThat(stored).contains("2031-06-01").contains("cnbc-karpathy-anthropic");
    }

    @Test
    void anOpenPickerHasNoAccessibilityViolations() {
        try (BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setBypassCSP(true))) {
            Page page = signedIn(context, "analyst");
            page.navigate(url("/new/hires"));
            page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Person")).fill("pkb");
            assertThat(page.locator("#field-person-found [role=option]").first()).isVisible();
            page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Person")).press("ArrowDown");
            var results = new com.deque.html.axecore.playwright.AxeBuilder(page).analyze();
            assertThat(results.getPasses()).isNotEmpty();
            assertThat(results.getViolations()).extracting(v -> v.getId() + ": " + v.getHelp()).isEmpty();
        }
    }
}

package io.labwatch.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An analyst's day in a real Chromium: browse the labs, read a profile, add a hire with a new source, get a
 * form wrong, lose a race to a colleague, and find a form without its CSRF token refused. Also checks
 * accessibility with axe-core and writes screenshots to target/screenshots.
 */
@QuarkusTest
class BrowserTest extends ChromiumPages {

    @Test
    void readerFindsKarpathysHireWithTeamReportingLineAndSources() {
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "analyst");
            page.navigate(url("/"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Anthropic").setExact(true)).click();
            assertThat(page).hasTitle("Anthropic · Labwatch");
            Locator karpathy = page.locator("tr.hire", new Page.LocatorOptions().setHasText("Andrej Karpathy"));
            assertThat(karpathy).containsText("Pre-training");
            assertThat(karpathy).containsText("Nick Joseph");
            assertThat(karpathy.locator("sup.refs a")).hasCount(5);
            List<String> outlets = karpathy.locator("sup.refs a").all().stream()
                    .map(a -> page.locator(a.getAttribute("href")).innerText()).toList();
            assertThat(String.join(" | ", outlets)).contains("TechCrunch", "CNBC", "TechRepublic", "Proactive Investors");
            assertThat(page.locator("svg.chart > title")).hasText("Valuation history of Anthropic");
        }
    }

    @Test
    void readerLooksAtAProfileAsKnownOnAPastDayAndBackToToday() {
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "reader");
            page.navigate(url("/labs/anthropic"));
            page.getByLabel("View as known on").fill("2026-06-01");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("As known on 2026-06-01");
            assertThat(page.locator("h1")).containsText("as of 2026-06-01");
            assertThat(page.locator("tr.hire", new Page.LocatorOptions().setHasText("Andrej Karpathy"))).containsText("Pre-training");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Show the profile as known today")).click();
            assertThat(page.locator(".as-of-banner")).hasCount(0);
        }
    }

    @Test
    void analystAddsAHireWithANewSourceAndSeesItOnLabAndPerson() {
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "analyst");
            page.navigate(url("/labs/openai"));
            page.getByText("Add a hire").click();
            page.selectOption("#field-person", "mira-murati");
            page.selectOption("#field-fromLab", "thinking-machines");
            page.selectOption("#field-kind", "JOINED");
            page.fill("#field-role", "Chief scientist");
            page.fill("#field-team", "Research");
            page.fill("#field-announcedOn", "2026-10-01");
            page.selectOption("#field-seniority", "EXECUTIVE");
            page.fill("#field-newSourceOutlet", "The Information");
            page.fill("#field-newSourceHeadline", "Murati returns to OpenAI in a surprise move");
            page.fill("#field-newSourceUrl", "https://example.org/murati-returns");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create talent move")).click();

            assertThat(page).hasURL(url("/people/mira-murati"));
            Locator move = page.locator("tr.hire", new Page.LocatorOptions().setHasText("Chief scientist"));
            assertThat(move).containsText("OpenAI");
            assertThat(page.locator("ol.sources")).containsText("Murati returns to OpenAI in a surprise move");

            page.navigate(url("/labs/openai"));
            Locator onLab = page.locator("tr.hire", new Page.LocatorOptions().setHasText("Mira Murati"));
            assertThat(onLab.first()).containsText("Chief scientist");
            assertThat(page.getByText("Murati returns to OpenAI in a surprise move")).isVisible();
        }
    }

    @Test
    void invalidFormShowsEveryFieldErrorAndKeepsWhatWasTyped() {
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "analyst");
            page.navigate(url("/new/funding-rounds?lab=xai"));
            page.fill("#field-name", "Series Z");
            page.fill("#field-announcedOn", "2026-09-01");
            page.fill("#field-closedOn", "2026-08-01");
            page.fill("#field-amountRaised", "lots");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create funding round")).click();

            assertThat(page.locator("#error-amountRaised")).containsText("must be an amount of money, e.g. 2.5B");
            assertThat(page.locator("#error-closedOn")).containsText("on or after the announced date");
            assertThat(page.locator("#error-citations")).containsText("cite at least one source");
            assertThat(page.locator("#field-name")).hasValue("Series Z");
            assertThat(page.locator("#field-amountRaised")).hasValue("lots");
            assertThat(page.locator("#field-lab")).hasValue("xai");
        }
    }

    @Test
    void staleEditShowsTheConflictWithBothValues() {
        try (BrowserContext first = browser.newContext(); BrowserContext second = browser.newContext()) {
            Page a = signedIn(first, "analyst");
            Page b = signedIn(second, "admin");
            a.navigate(url("/edit/labs/google-deepmind"));
            b.navigate(url("/edit/labs/google-deepmind"));
            a.fill("#field-headquarters", "London");
            a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
            assertThat(a).hasURL(url("/labs/google-deepmind"));

            b.fill("#field-headquarters", "Mountain View");
            b.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
            assertThat(b.locator(".conflict")).containsText("Someone else saved this lab");
            Locator row = b.locator(".conflict tr", new Page.LocatorOptions().setHasText("Headquarters"));
            assertThat(row).containsText("Mountain View");
            assertThat(row).containsText("London");

            b.navigate(url("/labs/google-deepmind"));
            assertThat(b.locator("dl.facts")).containsText("London");
        }
    }

    @Test
    void formWithoutItsCsrfTokenIsRefused() {
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "analyst");
            page.navigate(url("/new/people"));
            var response = page.request().post(url("/new/people"), RequestOptions.create()
                    .setForm(com.microsoft.playwright.options.FormData.create().set("slug", "csrf-victim").set("name", "CSRF Victim")));
            assertThat(response.status()).isEqualTo(403);
            assertThat(page.request().get(url("/people/csrf-victim")).status()).isEqualTo(404);
        }
    }

    @Test
    void everyKindOfPageHasNoAccessibilityViolations() {
        // The CSP forbids inline scripts, including the injected axe; the check itself may bypass it.
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
            Page page = signedIn(context, "analyst");
            for (String path : List.of("/login", "/", "/labs", "/labs/anthropic", "/labs/anthropic?asOf=2026-06-01", "/new/hires?toLab=anthropic",
                    "/edit/labs/anthropic", "/compare", "/flows", "/briefs", "/people", "/people/andrej-karpathy", "/watchlist", "/scorecard",
                    "/timeline", "/search?q=karpathy", "/review", "/merge/labs/anthropic", "/merge/sources", "/history/labs/anthropic",
                    "/freshness", "/account", "/cases", "/import", "/watchlist/feed-link?feed=labs/anthropic")) {
                page.navigate(url(path));
                AxeResults results = new AxeBuilder(page).analyze();
                assertThat(results.getPasses()).as("axe ran its rules on " + path).isNotEmpty();
                List<String> violations = results.getViolations().stream()
                        .map(rule -> rule.getId() + " (" + rule.getImpact() + ", " + rule.getNodes().size() + " nodes, first "
                                + rule.getNodes().get(0).getTarget() + ")")
                        .toList();
                assertThat(violations).as("axe violations on " + path).isEmpty();
            }
        }
    }

    @Test
    void screenshotsAtDesktopAndPhoneWidths() throws Exception {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        for (int width : new int[] {1280, 390}) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900))) {
                Page page = signedIn(context, "analyst");
                page.navigate(url("/labs/anthropic"));
                page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("lab-profile-" + width + ".png")).setFullPage(true));
                page.navigate(url("/flows"));
                page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("talent-flows-" + width + ".png")).setFullPage(true));
                Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
                assertThat(((Number) overflow).intValue()).as("page wider than the %d px viewport", width).isLessThanOrEqualTo(0);
            }
        }
        assertThat(Files.size(dir.resolve("lab-profile-390.png"))).isGreaterThan(10_000);
    }
}

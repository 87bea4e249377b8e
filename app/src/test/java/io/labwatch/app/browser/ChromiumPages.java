package io.labwatch.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * Debian's Chromium driven by Playwright, for the browser tests: skipped with one line where no Chromium is installed,
 * required (a failure) where {@code labwatch.browser.required} is set, as in CI.
 */
abstract class ChromiumPages {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    static Playwright playwright;
    static Browser browser;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void launch() {
        boolean required = Boolean.getBoolean("labwatch.browser.required");
        if (Boolean.getBoolean("labwatch.browser.skip")) {
            // CI's second run (the external database) covers the data path; the browser run before it covered the pages
            System.out.println("Browser tests skipped: -Dlabwatch.browser.skip=true");
            Assumptions.abort("Browser tests skipped on request (-Dlabwatch.browser.skip=true)");
        }
        if (!Files.isExecutable(CHROMIUM)) {
            if (required) {
                throw new IllegalStateException("Chromium is required for browser tests: apt-get install -y chromium");
            }
            System.out.println("Browser tests skipped: no Chromium at " + CHROMIUM + " (apt-get install -y chromium runs them)");
            Assumptions.abort("No Chromium at " + CHROMIUM + "; browser tests need it (CI installs it)");
        }
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            playwright.close();
        }
    }

    /** A page of a fresh context, signed in through the login form. */
    Page signedIn(BrowserContext context, String user) {
        Page page = context.newPage();
        page.navigate(url("/login"));
        page.fill("#j_username", user);
        page.fill("#j_password", user + "-demo-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator(".who")).containsText(user);
        return page;
    }

    String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }

}

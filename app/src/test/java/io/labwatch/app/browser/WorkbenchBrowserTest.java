package io.labwatch.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.labwatch.app.FactsOfEveryKind;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The analysts' workbench in Chromium: a form survives other tabs and downloads, every kind is edited from its row and
 * the form returns to the page, readers see no edit control, money and dates show what they will be read as, and twenty
 * facts go in with one page load and no repeated typing each.
 */
@QuarkusTest
class WorkbenchBrowserTest extends ChromiumPages {

    private static final String LAB = "wbb-lab";
    @BeforeEach
    void seed() {
        FactsOfEveryKind.seed("wbb", 20);
    }

    @Test
    void aFormStillSavesAfterASecondTabADownloadAndBack() {
        try (BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setAcceptDownloads(true))) {
            Page form = signedIn(context, "analyst");
            form.navigate(url("/edit/labs/wbb-provider"));
            form.fill("#field-headquarters", "Reykjavik");

            Page other = context.newPage();
            other.navigate(url("/labs/anthropic"));
            other.navigate(url("/edit/labs/wbb-lab"));
            var pdf = other.request().get(url("/briefs/view?audience=INVESTOR&labs=anthropic&format=pdf&from=2026-01-01&to=2026-06-30&asOf=2026-06-30"));
            assertThat(pdf.status()).isEqualTo(200);
            other.goBack();
            other.close();

            form.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
            assertThat(form).hasURL(url("/labs/wbb-provider"));
            assertThat(form.locator("dl.facts")).containsText("Reykjavik");
        }
    }

    @Test
    void everyKindIsEditedFromItsRowAndTheFormReturnsToTheProfile() {
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "analyst");
            for (String segment : List.of("hires", "funding-rounds", "valuations", "financial-metrics", "compute-deals", "watch-items",
                    "model-releases")) {
                page.navigate(url("/labs/" + LAB));
                Locator edit = page.locator("a[href^='/edit/" + segment + "/']").first();
                edit.click();
                assertThat(page).hasURL(java.util.regex.Pattern.compile("/edit/" + segment + "/\\d+\\?back="));
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
                assertThat(page).hasURL(url("/labs/" + LAB));
            }
        }
    }

    @Test
    void aReaderSeesNoEditControlAndATypedEditAddressGetsTheForbiddenPage() {
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "reader");
            page.navigate(url("/labs/" + LAB));
            assertThat(page.locator("a[href^='/edit/'], a[href^='/delete/'], a[href^='/new/']")).hasCount(0);
            assertThat(page.locator("a[href^='/history/hires/']").first()).isVisible();

            var response = page.navigate(url("/edit/labs/" + LAB));
            assertThat(response.status()).isEqualTo(403);
            assertThat(page.locator("h1")).hasText("You cannot do that here");
            assertThat(page.locator("main")).containsText("Editing needs the analyst role");
            assertThat(page.locator("nav[aria-label='Main']")).isVisible();
        }
    }

    @Test
    void moneyAndDatesShowWhatTheyWillBeReadAsBeforeSaving() {
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "analyst");
            page.navigate(url("/new/funding-rounds?lab=" + LAB));
            page.fill("#field-name", "Series A");
            page.fill("#field-amountRaised", "$2.5 billion");
            assertThat(page.locator("#parsed-amountRaised")).containsText("= 2.5B");
            page.fill("#field-postMoneyValuation", "2.5");
            assertThat(page.locator("#parsed-postMoneyValuation")).containsText("needs its unit");
            page.fill("#field-postMoneyValuation", "25,000,000,000");
            assertThat(page.locator("#parsed-postMoneyValuation")).containsText("= 25B");
            page.fill("#field-announcedOn", "May 2026");
            assertThat(page.locator("#parsed-announcedOn")).hasText("= May 2026, month");
            page.locator("#field-citations").selectOption("cnbc-karpathy-anthropic");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create funding round")).click();

            assertThat(page).hasURL(url("/labs/" + LAB));
            Locator row = page.locator("#rounds-title ~ div tr", new Page.LocatorOptions().setHasText("Series A"));
            assertThat(row).containsText("$2.5B");
            assertThat(row).containsText("$25B");
            assertThat(row).containsText("May 2026");
        }
    }

    @Test
    void aBriefIsDownloadedAsPdfAndThenPublished() {
        try (BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setAcceptDownloads(true))) {
            Page page = signedIn(context, "analyst");
            page.navigate(url("/briefs?audience=INVESTOR&labs=anthropic&from=2026-01-01&to=2026-06-30&asOf=2026-06-30"));
            var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("PDF")).click());
            assertThat(download.suggestedFilename()).endsWith(".pdf");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish this brief")).click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile("/briefs/published/\\d+"));
            assertThat(page.locator(".lede")).containsText("Published");
        }
    }

    @Test
    void ctrlArrowsMoveBetweenTheGroupsOfAForm() {
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "analyst");
            page.navigate(url("/new/valuations?lab=" + LAB));
            assertThat(page.locator("fieldset.group > legend")).hasText(new String[] {"Values", "How sure and how exact", "Status", "Sources"});
            page.focus("#field-asOf");
            page.keyboard().press("Control+ArrowDown");
            assertThat(page.locator("#group-how-sure-and-how-exact :focus")).hasCount(1);
            page.keyboard().press("Control+ArrowDown");
            assertThat(page.locator("#group-status :focus")).hasCount(1);
            page.keyboard().press("Control+ArrowUp");
            assertThat(page.locator("#group-how-sure-and-how-exact :focus")).hasCount(1);
        }
    }

    /**
     * Twenty talent moves from one article: the first names the article as a new source; each then costs one page load,
     * one key press and only its own values (who, role, date), since "save and add another" keeps the lab, the kind,
     * the seniority and the source.
     */
    @Test
    void twentyFactsGoInWithOnePageLoadEachAndNoRepeatedTyping() {
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "analyst");
            page.navigate(url("/new/hires?toLab=" + LAB + "&back=/labs/" + LAB));
            AtomicInteger loads = new AtomicInteger();
            page.onLoad(p -> loads.incrementAndGet());
            int sharedFieldsFilled = 0;
            int ownFieldsFilled = 0;
            int keyPresses = 0;
            long started = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                int before = loads.get();
                if (i == 0) {
                    page.locator("#field-kind").selectOption("JOINED");
                    page.locator("#field-seniority").selectOption("SENIOR");
                    page.fill("#field-newSourceOutlet", "Entry Times");
                    page.fill("#field-newSourceHeadline", "Twenty researchers join Browser Bench Lab");
                    page.fill("#field-newSourceUrl", "https://entrytimes.example/twenty");
                    sharedFieldsFilled += 5;
                } else {
                    assertThat(page.locator(".notice")).containsText("Saved the talent move");
                    assertThat(page.locator("#field-toLab")).hasValue(LAB);
                    assertThat(page.locator("#field-seniority")).hasValue("SENIOR");
                    assertThat(page.locator("#field-citations option[selected]")).hasCount(1);
                }
                page.locator("#field-person").selectOption("wbb-person-" + i);
                page.fill("#field-role", "Researcher " + i);
                page.fill("#field-announcedOn", "May 2026");
                ownFieldsFilled += 3;
                page.locator("#field-announcedOn").press("Control+Shift+Enter");
                keyPresses++;
                page.waitForCondition(() -> loads.get() > before);
                assertThat(page).hasURL(java.util.regex.Pattern.compile("/new/hires\\?.*added=1"));
                assertThat(loads.get() - before).as("page loads for fact " + (i + 1)).isEqualTo(1);
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("Twenty facts: %d page loads, %d key presses and no clicks, %d fields of their own, %d shared fields "
                    + "typed once, %d ms by script%n", loads.get(), keyPresses, ownFieldsFilled, sharedFieldsFilled, millis);
            assertThat(sharedFieldsFilled).as("fields beyond the facts' own values, all on the first fact").isEqualTo(5);

            var moves = asAnalyst().get("/api/hires?lab=" + LAB + "&size=100").jsonPath();
            assertThat(moves.getList("items.role")).as("the twenty moves").containsAll(
                    IntStream.range(0, 20).mapToObj(i -> "Researcher " + i).toList());
            List<String> cited = moves.getList("items.findAll { it.role != null && it.role.startsWith('Researcher') }.collect { it.citations[0].source }");
            assertThat(cited).hasSize(20).containsOnly("entry-times-twenty-researchers-join-browser-bench-lab");
        }
    }

    @Test
    void aProposalIsPublishedWhenASecondAnalystApprovesItInTheQueue() {
        try (BrowserContext first = browser.newContext(); BrowserContext second = browser.newContext()) {
            Page author = signedIn(first, "analyst");
            author.navigate(url("/new/valuations?lab=" + LAB));
            author.fill("#field-asOf", "2033-03-01");
            author.fill("#field-value", "123B");
            author.locator("#field-basis").selectOption("ESTIMATE");
            author.locator("#field-citations").selectOption("cnbc-karpathy-anthropic");
            author.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose for review")).click();
            assertThat(author.locator(".notice")).containsText("sent for review");
            Locator mine = author.locator("article.proposal", new Page.LocatorOptions().setHasText("$123B (123,000,000,000)"));
            assertThat(mine).containsText("Your proposal: another analyst reviews it.");
            assertThat(mine.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve and publish"))).hasCount(0);

            Page reviewer = signedIn(second, "admin");
            reviewer.navigate(url("/labs/" + LAB));
            assertThat(reviewer.locator("#proposed-title")).containsText("Proposed, awaiting review");
            reviewer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("review").setExact(true)).first().click();
            Locator proposal = reviewer.locator("article.proposal", new Page.LocatorOptions().setHasText("$123B (123,000,000,000)"));
            proposal.getByLabel("Note (required to reject)").fill("Matches the CNBC figure");
            proposal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve and publish")).click();
            assertThat(reviewer.locator(".notice")).containsText("approved and published as valuations/");

            reviewer.navigate(url("/labs/" + LAB));
            assertThat(reviewer.locator("#valuations-title ~ div")).containsText("$123B");
            assertThat(reviewer.locator("#proposed-title")).hasCount(0);
        }
    }

    @Test
    void aDuplicateIsMergedFromTheProfileAndTheMergeUndone() {
        asAnalyst().contentType(ContentType.JSON).body("""
                {"labs": [{"slug": "wbb-twin", "name": "Browser Bench Twin", "kind": "AI_STARTUP"}],
                 "hires": [{"person": "wbb-person-19", "toLab": "wbb-twin", "kind": "JOINED", "seniority": "SENIOR",
                            "announcedOn": "2026-07-01", "role": "Twin researcher", "citations": [{"source": "cnbc-karpathy-anthropic"}]}]}""")
                .post("/api/import").then().statusCode(200);
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "analyst");
            page.navigate(url("/labs/" + LAB));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Merge a duplicate into this lab")).click();
            page.getByLabel("The duplicate").selectOption("wbb-twin");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show what would move")).click();
            assertThat(page.locator("main")).containsText("1 hire");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Merge").setExact(true)).click();
            assertThat(page.locator(".notice")).containsText("Merged wbb-twin into wbb-lab");

            page.navigate(url("/labs/wbb-twin"));
            assertThat(page).hasURL(url("/labs/" + LAB));
            assertThat(page.locator("main")).containsText("Twin researcher");

            page.navigate(url("/merge/labs/" + LAB));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Undo this merge")).first().click();
            assertThat(page.locator(".notice")).containsText("Undone: wbb-twin is back");
            page.navigate(url("/labs/wbb-twin"));
            assertThat(page.locator("h1")).hasText("Browser Bench Twin");
            assertThat(page.locator("main")).containsText("Twin researcher");
        }
    }

    @Test
    void aTableSortsByValueBothWaysAndTheProfileOpensWithItsSummary() {
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "reader");
            page.navigate(url("/labs/" + LAB));
            assertThat(page.locator(".summary-strip")).containsText("Latest valuation");
            assertThat(page.locator(".summary-strip")).containsText("Senior moves");
            Locator table = page.locator("#valuations-title ~ div table");
            Locator value = table.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Value"));
            value.click();
            assertThat(table.locator("th", new Locator.LocatorOptions().setHasText("Value"))).hasAttribute("aria-sort", "ascending");
            assertThat(table.locator("tbody tr").first().locator("td.figure").first()).hasText("$1B");
            value.click();
            assertThat(table.locator("th", new Locator.LocatorOptions().setHasText("Value"))).hasAttribute("aria-sort", "descending");
            assertThat(table.locator("tbody tr").first().locator("td.figure").first()).hasText("$2B");
        }
    }

    @Test
    void aPastedAddressFillsTheDayAndTheOutletAndALongChoiceFilters() {
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "analyst");
            page.navigate(url("/new/hires?toLab=" + LAB));
            page.fill("#field-newSourceUrl", "https://www.cnbc.com/2026/05/29/karpathy-joins-anthropic.html");
            page.locator("#field-newSourceUrl").blur();
            assertThat(page.locator("#field-newSourcePublishedOn")).hasValue("2026-05-29");
            assertThat(page.locator("#field-newSourceOutlet")).hasValue("CNBC");

            page.fill("#field-person-filter", "Entry Person 17");
            assertThat(page.locator("#field-person option:not([hidden])")).containsText(new String[] {"—", "Entry Person 17"});
        }
    }
}

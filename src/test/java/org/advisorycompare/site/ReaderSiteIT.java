package org.advisorycompare.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.advisorycompare.browser.Chromium;
import org.advisorycompare.config.BuildConfig;
import org.advisorycompare.serve.PreviewServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The default site as a reader meets it: served by {@code serve}'s preview server as GitHub Pages serves a project site
 * (under {@code /repo/}, with {@code 404.html} for any missing address) on 127.0.0.1, opened in Debian's headless Chromium at 390 px (a phone)
 * and 1280 px. No page type scrolls sideways, and the 404 page at a nested missing address is styled and its links
 * work. Screenshots are kept in {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderSiteIT {
    /** Every page type: home, countries, a history, a version's diff (added once the site is built), about, changes, search, 404. */
    private static final List<String> PAGES = new ArrayList<>(List.of("", "countries/haiti/", "countries/israel/",
            "countries/mali/history/", "countries/mali/uk/archive/", "about/", "changes/", "search/",
            "countries/narnia/history/"));
    /** axe-core's browser script, installed by .ci/run (npm) where it is missing; the axe test is skipped without it. */
    private static final Path AXE = Path.of(System.getProperty("axe.script", "target/npm/node_modules/axe-core/axe.min.js"));
    /**
     * What scrolls sideways: the page itself, or any box whose content is wider than it and is scrolled or cut
     * (overflow other than visible); a few of each, named by tag, class and text.
     */
    private static final String SIDEWAYS = "var v = document.documentElement.clientWidth, out = [];"
            + "var w = Math.max(document.documentElement.scrollWidth, window.innerWidth);"
            + "if (w > v + 1) { out.push('page ' + w + ' px wide');"
            + " document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
            + "  if (out.length < 4 && r.right > v + 1 && r.width <= v + 1 && e.parentElement.getBoundingClientRect().right > v + 1"
            + "   && e.parentElement.getBoundingClientRect().width > v) out.push(e.tagName + '.' + e.className + ' to ' + Math.round(r.right)"
            + "   + ' px: ' + (e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 50)); }); }"
            + "document.querySelectorAll('body *').forEach(function (e) { var s = getComputedStyle(e);"
            // a visually hidden label (1 px, clipped on purpose for screen readers) is not a clipped box
            + " if (out.length < 6 && s.overflowX !== 'visible' && e.clientWidth > 1 && e.scrollWidth > e.clientWidth + 1)"
            + "  out.push(e.tagName + '.' + e.className + ' ' + e.scrollWidth + '/' + e.clientWidth + ' px: '"
            + "   + (e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 50)); });"
            + "return out.length ? out.join(' | ') : null;";
    @TempDir
    static Path dir;
    PreviewServer server;
    final List<String> built = new java.util.concurrent.CopyOnWriteArrayList<>();
    String base;

    @BeforeAll
    void buildAndServe() {
        assumeTrue(Chromium.available(), Chromium.skipReason());
        TestSite.copyTree(Path.of("content"), dir.resolve("content"));
        // the default content has no advice for Myanmar: one synthetic US document, under the name the US gives it
        TestSite site = new TestSite(dir).with(org.advisorycompare.model.Source.US, null, "2025-09-06T08:00:00Z",
                "Burma, September 5, 2025 - Test fixture sentence: Level 4: Do Not Travel.\n");
        // the project's own preview serves the site as GitHub Pages does: under /repo/, 404.html at any missing address
        server = new PreviewServer(new BuildConfig(site.content(), site.templates(), site.out(), "http://127.0.0.1/repo/",
                dir.resolve("cache")), "127.0.0.1", 0, built::add);
        base = "http://127.0.0.1:" + server.start() + "/repo/";
        assertThat(built).as("the build has no errors").singleElement().asString().startsWith("built: ");
        try (java.util.stream.Stream<Path> files = Files.walk(dir.resolve("site/countries/mali"))) {
            Path diff = files.filter(p -> p.endsWith("diff/index.html") && !archived(p)).sorted().findFirst().orElseThrow();
            String page = dir.resolve("site").relativize(diff.getParent()) + "/";
            if (!PAGES.contains(page)) {
                PAGES.add(page);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Polls {@code done} on the page for up to 10 s. */
    private static void waitFor(ChromeDriver browser, java.util.function.Predicate<ChromeDriver> done) {
        long until = System.nanoTime() + 10_000_000_000L;
        while (!done.test(browser)) {
            assertThat(System.nanoTime()).as("waited 10 s on " + browser.getCurrentUrl()).isLessThan(until);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String words(String text) {
        return text.replaceAll("[\\s\u00a0]+", " ").trim();
    }

    private static boolean archived(Path page) {
        try {
            return Files.readString(page).contains("http-equiv=\"refresh\"");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anArchivedVersionsAddressShowsItsTextAndItsDiffsAddressItsChanges() throws IOException {
        Path archive = dir.resolve("site/countries/mali/uk/archive/texts.json.gz");
        java.util.Map<String, String> texts = org.advisorycompare.render.ArchiveTexts.read(Files.readAllBytes(archive));
        String id = texts.keySet().stream().skip(texts.size() / 2).findFirst().orElseThrow();
        ChromeDriver browser = Chromium.open(390);
        try {
            browser.get(base + "countries/mali/uk/" + id + "/");
            waitFor(browser, b ->
                    b.getCurrentUrl().endsWith("archive/#v-" + id) && !b.findElements(org.openqa.selenium.By.cssSelector(
                    "#v-" + id + " .archived-text h3, #v-" + id + " .archived-text p")).isEmpty());
            String shown = (String) browser.executeScript("return document.querySelector('#v-" + id + " .archived-text').textContent;");
            assertThat(words(shown)).as("the archived text, as its page showed it")
                    .isEqualTo(words(org.jsoup.Jsoup.parseBodyFragment(texts.get(id)).body().text()));
            browser.get(base + "countries/mali/uk/" + id + "/diff/");
            waitFor(browser, b ->
                    !b.findElements(org.openqa.selenium.By.cssSelector("#v-" + id + " .archived-change")).isEmpty()
                    || b.findElements(org.openqa.selenium.By.cssSelector("#v-" + id + " .archived-text")).stream() // made by the script
                            .anyMatch(out -> "No visible text change.".equals(out.getText())));
            assertThat(browser.getCurrentUrl()).endsWith("archive/#c-" + id);
        } finally {
            browser.quit();
        }
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void noPageScrollsSidewaysOnAPhoneOrADesktop() throws IOException {
        List<String> overflowing = new ArrayList<>();
        Path shots = Files.createDirectories(Path.of("target/screenshots"));
        for (int width : new int[] {320, 390, 1280}) {
            ChromeDriver browser = Chromium.open(width);
            try {
                for (String page : PAGES) {
                    browser.get(base + page);
                    Object wide = browser.executeScript(SIDEWAYS);
                    if (wide != null) {
                        overflowing.add(width + " px, /" + page + ": " + wide);
                    }
                    Files.write(shots.resolve((page.isEmpty() ? "home" : page.replace('/', '_')) + width + ".png"),
                            browser.getScreenshotAs(OutputType.BYTES));
                }
            } finally {
                browser.quit();
            }
        }
        assertThat(overflowing).isEmpty();
    }

    @Test
    void searchFindsACountryByAnyNameAGovernmentUses() {
        ChromeDriver browser = Chromium.open(390);
        try {
            browser.get(base);
            Object mapLinks = browser.executeScript("return Array.prototype.map.call(document.querySelectorAll('#world-map a'),"
                    + " function (a) { return a.getAttribute('aria-label') || ''; })");
            assertThat(mapLinks).as("one link per country on the map, each with an accessible name").asList()
                    .hasSize(browser.findElements(org.openqa.selenium.By.cssSelector("#countries tbody tr")).size())
                    .allSatisfy(label -> assertThat(label).asString().contains(": US "));
            browser.findElement(org.openqa.selenium.By.linkText("Search")).click();
            org.openqa.selenium.WebElement input = browser.findElement(org.openqa.selenium.By.id("search-input"));
            input.sendKeys("west bank and gaza");
            Object found = browser.executeScript("return Array.prototype.filter.call(document.querySelectorAll('#search-names li'),"
                    + " function (li) { return !li.hidden; }).map(function (li) { return li.textContent.trim(); })");
            assertThat(found).asList().containsExactly("Israel, the West Bank and Gaza → Israel",
                    "Israel, the West Bank and Gaza → Palestinian Territories");
            input.sendKeys(org.openqa.selenium.Keys.ENTER);
            assertThat(browser.getCurrentUrl()).isEqualTo(base + "countries/israel/");
            browser.get(base + "search/");
            org.openqa.selenium.WebElement again = browser.findElement(org.openqa.selenium.By.id("search-input"));
            again.sendKeys("Burma");
            Object burma = browser.executeScript("return Array.prototype.filter.call(document.querySelectorAll('#search-names li'),"
                    + " function (li) { return !li.hidden; }).map(function (li) { return li.textContent.trim(); })");
            assertThat(burma).asList().contains("Burma → Myanmar");
            again.sendKeys(org.openqa.selenium.Keys.ENTER);
            assertThat(browser.getCurrentUrl()).isEqualTo(base + "countries/myanmar/");
            browser.get(base + "search/?q=cote");
            assertThat(browser.executeScript("return document.querySelectorAll('#search-names li:not([hidden])').length"))
                    .asString().isEqualTo("0");
        } finally {
            browser.quit();
        }
    }

    @Test
    void theSearchBoxOnEveryPageFindsACountryFromAnyPage() {
        ChromeDriver browser = Chromium.open(390);
        try {
            browser.get(base + "countries/mali/history/");
            org.openqa.selenium.WebElement box = browser.findElement(org.openqa.selenium.By.id("site-q"));
            box.sendKeys("west bank");
            box.submit();
            assertThat(browser.getCurrentUrl()).isEqualTo(base + "search/?q=west+bank");
            Object found = browser.executeScript("return Array.prototype.filter.call(document.querySelectorAll('#search-names li'),"
                    + " function (li) { return !li.hidden; }).map(function (li) { return li.textContent.trim(); })");
            assertThat(found).asList().contains("Israel, the West Bank and Gaza → Israel");
        } finally {
            browser.quit();
        }
    }

    /** axe-core on every page type at both widths: no serious or critical accessibility violation. */
    @Test
    void axeFindsNoSeriousOrCriticalViolationOnAnyPage() throws IOException {
        assumeTrue(Files.isRegularFile(AXE), "axe-core is not installed at " + AXE + " (bash .ci/run installs it with npm)");
        String axe = Files.readString(AXE);
        List<String> violations = new ArrayList<>();
        for (int width : new int[] {390, 1280}) {
            ChromeDriver browser = Chromium.open(width);
            try {
                for (String page : PAGES) {
                    browser.get(base + page);
                    browser.executeScript(axe);
                    Object found = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                            + " axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(r.violations"
                            + ".filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                            + ".map(function (v) { return v.impact + ' ' + v.id + ' (' + v.nodes.length + '): '"
                            + " + v.nodes[0].target.join(' '); })); }, function (e) { done(['axe failed: ' + e]); });");
                    ((List<?>) found).forEach(v -> violations.add(width + " px, /" + page + ": " + v));
                }
            } finally {
                browser.quit();
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theHomeFiltersTellNoAdviceFromNoLevelAndSortAgreementBySeverity() {
        ChromeDriver browser = Chromium.open(1280);
        try {
            browser.get(base);
            String choose = "var s = document.querySelector('select[name=level]'); s.value = arguments[0];"
                    + " s.dispatchEvent(new Event('change', {bubbles: true}));";
            browser.executeScript(choose, "none");
            Object shown = browser.executeScript("return Array.prototype.filter.call(document.querySelectorAll('#countries tbody tr'),"
                    + " function (r) { return !r.hidden; }).map(function (r) { return r.cells[0].textContent.trim(); })");
            assertThat(shown).asList().contains("Albania", "Turkey").doesNotContain("Mali", "Haiti");
            browser.executeScript(choose, "");
            browser.findElement(org.openqa.selenium.By.cssSelector("th[data-sort=rank-agreement] button")).click();
            Object first = browser.executeScript("return document.querySelector('#countries tbody tr')"
                    + ".querySelector('[data-label$=\"agreement\"]').textContent.trim()");
            assertThat(first).asString().isEqualTo("Material disagreement");
        } finally {
            browser.quit();
        }
    }

    @Test
    void theNotFoundPageAtANestedAddressIsStyledAndItsLinksWork() {
        ChromeDriver browser = Chromium.open(1280);
        try {
            browser.get(base + "countries/narnia/history/");
            assertThat(browser.getTitle()).contains("Page not found");
            assertThat(browser.executeScript("return getComputedStyle(document.body).fontFamily")).asString()
                    .as("the stylesheet loaded").doesNotContain("Times");
            Object links = browser.executeScript("return Array.prototype.map.call(document.querySelectorAll('nav a, main a'),"
                    + " function (a) { return a.href; })");
            assertThat(links).asList().isNotEmpty().allSatisfy(href -> assertThat(href.toString()).startsWith(base));
        } finally {
            browser.quit();
        }
    }
}

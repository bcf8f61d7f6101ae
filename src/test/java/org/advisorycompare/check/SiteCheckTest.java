package org.advisorycompare.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.advisorycompare.config.CheckBudgets;
import org.advisorycompare.error.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deliberately broken site: the check names each kind of problem, and a sound one passes. */
class SiteCheckTest {
    private static final String BASE = "https://user.github.io/repo/";
    @TempDir
    Path dir;

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void soundSite() throws IOException {
        write("index.html", "<!DOCTYPE html><html lang=\"en\"><title>Home</title><link rel=\"stylesheet\" href=\"assets/style.css\">"
                + "<a href=\"about/#scale\">About</a> <a href=\"https://www.gov.uk/foreign-travel-advice\">GOV.UK</a>");
        write("about/index.html", "<!DOCTYPE html><html lang=\"en\"><title>About</title><h2 id=\"scale\">Scale</h2><a href=\"../\">Home</a>");
        write("assets/style.css", "body{}");
        write("404.html", "<!DOCTYPE html><html lang=\"en\"><title>Not found</title><a href=\"/repo/\">Home</a>");
        write("sitemap.xml", "<urlset><url><loc>" + BASE + "</loc></url><url><loc>" + BASE + "about/</loc></url></urlset>");
        write("feed.json", "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"t\", \"items\": [{\"id\": \"1\", \"content_text\": \"x\"}]}");
    }

    @Test
    void aSoundSitePasses() throws IOException {
        soundSite();
        assertThat(SiteCheck.of(dir, BASE)).isEmpty();
    }

    @Test
    void eachKindOfProblemIsNamedWithItsFile() throws IOException {
        soundSite();
        write("countries/mali/index.html", "<!DOCTYPE html><html lang=\"en\"><title>Mali</title><a href=\"../../missing/\">x</a>"
                + "<a href=\"../../about/#nope\">y</a><a href=\"/elsewhere/\">z</a><script src=\"https://cdn.example/x.js\"></script>");
        write("feed.xml", "<rss><channel><item>");
        write("countries/mali/feed.json", "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"t\"}");
        Files.write(dir.resolve("big.json"), new byte[(int) CheckBudgets.defaults().fileBytes() + 1]);
        assertThat(SiteCheck.of(dir, BASE)).extracting(Problem::message).containsExactlyInAnyOrder(
                "big.json: is 5121 KB, over the 5120 KB budget for one file (make it smaller, or raise --file-budget-kb"
                        + " (key file_budget_kb))",
                "countries/mali/index.html: links to ../../missing/, which is not in the site",
                "countries/mali/index.html: links to ../../about/#nope, but about/index.html has no element with id 'nope'",
                "countries/mali/index.html: links to https://user.github.io/elsewhere/, outside the site's base path /repo/",
                "countries/mali/index.html: loads https://cdn.example/x.js from another origin (script src)",
                "countries/mali/index.html: is not in the sitemap (https://user.github.io/repo/countries/mali/)",
                "countries/mali/feed.json: is not a JSON Feed 1.1 (version, title and items are required)",
                "feed.xml: is not a valid feed: " + SiteCheck.of(dir, BASE).stream().filter(p -> p.file().equals("feed.xml"))
                        .findFirst().orElseThrow().cause().substring("is not a valid feed: ".length()));
    }

    @Test
    void aPageThatIsNotValidHtmlIsReportedWithItsLineByTheNuChecker() throws IOException {
        soundSite();
        write("about/index.html", "<!DOCTYPE html><html lang=\"en\"><title>About</title>\n<h2 id=\"scale\">Scale</h2>\n"
                + "<p>unclosed <table><tr><td>x</table><a href=\"../\" href=\"../\">Home</a>");
        assertThat(SiteCheck.of(dir, BASE)).extracting(Problem::message).isNotEmpty().allSatisfy(message -> assertThat(message)
                .startsWith("about/index.html: is not valid HTML at line 3: ").endsWith("(Nu HTML Checker)"));
    }

    @Test
    void pagesFoundValidAreRememberedByTheirBytesSoOnlyChangedPagesAreValidatedAgain() throws IOException {
        soundSite();
        Path cache = dir.resolveSibling(dir.getFileName() + "-cache");
        assertThat(SiteCheck.of(dir, BASE, cache, CheckBudgets.defaults())).isEmpty();
        java.util.List<String> remembered = Files.readAllLines(cache.resolve(HtmlValidity.CACHE_FILE));
        assertThat(remembered).hasSize(3).contains(org.advisorycompare.model.Sha256.of(Files.readAllBytes(dir.resolve("index.html"))));
        write("about/index.html", "<!DOCTYPE html><html lang=\"en\"><title>About</title><h2 id=\"scale\">Scale</h2>"
                + "<a href=\"../\" href=\"../\">Home</a>");
        assertThat(SiteCheck.of(dir, BASE, cache, CheckBudgets.defaults())).as("a changed page is validated again").extracting(Problem::file)
                .containsExactly("about/index.html");
        // a page whose bytes the cache lists is trusted without the checker: this invalid page is not looked at
        Files.writeString(cache.resolve(HtmlValidity.CACHE_FILE), String.join("\n", remembered) + "\n"
                + org.advisorycompare.model.Sha256.of(Files.readAllBytes(dir.resolve("about/index.html"))) + "\n");
        assertThat(SiteCheck.of(dir, BASE, cache, CheckBudgets.defaults())).isEmpty();
    }

    @Test
    void aFeedOverTheFeedBudgetIsReportedWhileTheSameSizeIsFineForAnotherFile() throws IOException {
        soundSite();
        String items = "{\"id\": \"1\", \"content_text\": \"" + "x".repeat(2500) + "\"}";
        write("feed.json", "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"t\", \"items\": [" + items + "]}");
        write("assets/style.css", "x".repeat(3000));
        assertThat(SiteCheck.of(dir, BASE, null, new CheckBudgets(5, 2))).extracting(Problem::message).containsExactly(
                "feed.json: is 3 KB, over the 2 KB budget for one feed (lower --feed-entries or --feed-diff-chars, or raise"
                        + " --feed-budget-kb)");
        assertThat(SiteCheck.of(dir, BASE, null, new CheckBudgets(5, 3))).isEmpty();
    }
}

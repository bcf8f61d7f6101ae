package org.advisorycompare.site;

import org.advisorycompare.output.Sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.advisorycompare.build.SiteBuild;
import org.advisorycompare.model.Source;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole-site builds in a temporary folder: the project's two Mali seeds plus synthetic fixtures (in
 * the real shapes) giving Côte d'Ivoire three UK versions and one US version.
 */
public class SiteBuildIT {
    static final String BASE = "https://user.github.io/repo/";
    public static final String UK_CI = """
            # Warnings and insurance

            Still current at:
            :   %s

            Updated:
            :   %s

            Latest update:
            :   %s

            ## FCDO advises against %s travel to Côte d'Ivoire

            Test fixture sentence: %s.

            Find out more about [why FCDO advises against travel](/foreign-travel-advice/cote-d-ivoire/safety-and-security).
            """;

    @TempDir
    Path dir;
    TestSite site;
    SiteBuild.Result result;

    @BeforeEach
    void build() {
        site = new TestSite(dir).withProjectArchive()
                .with(Source.UK, null, "2025-09-01T08:00:00Z", UK_CI.formatted("1 September 2025", "30 August 2025",
                        "Test note one.", "all but essential", "version one"))
                .with(Source.UK, null, "2025-10-01T08:00:00Z", UK_CI.formatted("1 October 2025", "30 September 2025",
                        "Test note two.", "all", "version two"))
                .with(Source.UK, null, "2025-10-02T08:00:00Z", UK_CI.formatted("2 October 2025", "30 September 2025",
                        "Test note two.", "all", "version two, edited"))
                .with(Source.US, null, "2025-09-06T08:00:00Z",
                        "Côte d'Ivoire, September 5, 2025 - Test fixture sentence: Level 2: Exercise Increased Caution.\n");
        result = site.build(BASE);
    }

    @Test
    void buildSucceedsWithEveryPageFeedAndDataFile() {
        assertThat(result.errors()).isEmpty();
        assertThat(site.out()).isDirectoryContaining("glob:**/index.html").isDirectoryContaining("glob:**/feed.xml");
        for (String path : List.of("index.html", "countries/mali/index.html", "countries/mali/history/index.html",
                "countries/cote-d-ivoire/index.html", "countries/cote-d-ivoire/history/index.html", "feed.xml",
                "data/advisories.json", "data/countries/ML.json", "data/countries/CI.json", "assets/style.css", ".nojekyll")) {
            assertThat(site.out().resolve(path)).as(path).isRegularFile();
        }
    }

    @Test
    void homeListsEveryCountryWithBothLevelsAndLastChange() {
        Document home = site.html("index.html");
        assertThat(home.select("table.countries tbody tr")).hasSize(2);
        Element mali = home.selectFirst("tbody tr:has(th a[href=countries/mali/])");
        assertThat(mali.select("td").get(2).text()).contains("FCDO advises against all travel to Mali", "N4");
        assertThat(mali.select("td").get(3).text()).isEqualTo("30 October 2025");
        assertThat(mali.select("td").get(0).text()).contains("No national level stated", "unknown");
        assertThat(mali.select("td").get(1).text()).isEqualTo("29 October 2025");
        assertThat(mali.select("td").get(4).text()).isEqualTo("Cannot compare");
        Element ci = home.selectFirst("tbody tr:has(th a[href=countries/cote-d-ivoire/])");
        assertThat(ci.select("td").get(4).text()).isEqualTo("Material disagreement");
        assertThat(home.select("table.countries th, td").eachText()).as("no Canadian advice: no Canada column")
                .noneMatch(t -> t.contains("Canada"));
        assertThat(home.select("footer").text()).doesNotContain("Canada");
        assertThat(site.out().resolve("governments/ca")).doesNotExist();
    }

    @Test
    void maliPageShowsBothAdvisoriesSideBySideInTheirOwnWords() {
        Document page = site.html("countries/mali/index.html");
        assertThat(page.select("h1").text()).isEqualTo("Mali: US and UK travel advice compared");
        Element us = page.selectFirst("section.side-us");
        Element uk = page.selectFirst("section.side-uk");
        assertThat(page.select(".sides > section")).extracting(Element::className).containsExactly("side side-us", "side side-uk");
        assertThat(uk.text()).contains("FCDO advises against all travel to Mali", "N4", "30 October 2025", "31 October 2025",
                "New information that non-essential British Embassy staff have been temporarily withdrawn from Bamako.",
                "Open Government Licence v3.0");
        assertThat(uk.select("a[href=https://www.gov.uk/foreign-travel-advice/mali]")).isNotEmpty();
        assertThat(us.text()).contains("No national level stated in this document", "unknown", "29 October 2025",
                "news report of a U.S. Embassy Bamako alert", "Original URL not known");
        Element topics = page.selectFirst("table.topics");
        Element summary = topics.selectFirst("tbody tr:has(th:containsOwn(Summary and latest update))");
        assertThat(summary.select("td").get(0).text()).contains("“Air travel is currently the only viable option for departure,”");
        assertThat(summary.select("td").get(1).text()).contains("If you’re in Mali, you should leave immediately by commercial flight");
        assertThat(topics.text()).contains("Not covered by the US advice");
        assertThat(page.select("ul.differences li").eachText()).contains(
                "US: the latest document states no national level.",
                "UK: FCDO advises against all travel to Mali (N4) since 2025-10-30, in the only version collected.");
        assertThat(page.select(".headline .agreement").text()).isEqualTo("Cannot compare");
        assertThat(page.select("footer").text()).contains("Open Government Licence v3.0");
    }

    @Test
    void versionTextIsSafeAndMakesNoThirdPartyRequests() {
        Document page = site.html("countries/mali/index.html");
        assertThat(page.select("script:not([src$=assets/page.js]), img, iframe, [style], [onclick]")).as("only the site's own script").isEmpty();
        assertThat(page.select(".advice span:has(> a)").eachText()).anySatisfy(text -> assertThat(text).isEqualTo(
                "Official image: an image the government did not describe (FCDO_TA_026_-_Mali_Travel_Advice_Ed7_WEB.jpg)"
                + " (on the government's site, not shown here; published with this advice under: Open Government Licence v3.0)"));
        assertThat(page.select("link[href], script[src]")).allSatisfy(e ->
                assertThat(e.attr("href")).doesNotStartWith("http://").satisfiesAnyOf(
                        h -> assertThat(h).doesNotStartWith("https://"), h -> assertThat(h).startsWith(BASE)));
    }

    @Test
    void historyListsEveryVersionWithItsChangeLabel() {
        Document history = site.html("countries/cote-d-ivoire/history/index.html");
        assertThat(history.select("ol.history > li.entry-uk")).hasSize(3);
        assertThat(history.select("ol.history > li .kind")).extracting(Element::text).containsExactly(
                "Silent edit (no new change note or date)", "Level raised N3 → N4", "First version seen", "First version seen");
        assertThat(history.select("ol.history > li.entry-us")).hasSize(1);
        assertThat(history.select("ol.history > li").eachAttr("id").get(3)).startsWith("v-uk-");
        assertThat(site.html("countries/mali/history/index.html").select("ol.history > li")).hasSize(2);
    }

    @Test
    void everyVersionHasItsPageAndEveryLaterVersionItsDiff() {
        Document history = site.html("countries/cote-d-ivoire/history/index.html");
        Element raised = history.selectFirst("ol.history > li:has(.kind-level_raised)");
        String diffHref = raised.selectFirst("a:containsOwn(what changed)").attr("href");
        Document diff = site.html("countries/cote-d-ivoire/history/" + diffHref + "index.html");
        assertThat(diff.select("h1").text()).isEqualTo("Côte d'Ivoire: what changed in the United Kingdom advice on 30 September 2025");
        assertThat(diff.select("#changes-only ~ section ins").eachText()).anySatisfy(t -> assertThat(t).contains("[added:"));
        assertThat(diff.select("#changes-only ~ section del").eachText()).anySatisfy(t -> assertThat(t).contains("[removed:"));
        assertThat(diff.text()).contains("Section renamed: FCDO advises against all but essential travel to Côte d'Ivoire → FCDO advises against all travel to Côte d'Ivoire");
        Element firstVersion = history.select("ol.history > li.entry-uk").last();
        assertThat(firstVersion.select("a:containsOwn(what changed)")).isEmpty();
        String versionHref = firstVersion.selectFirst("a[href*=/uk/]").attr("href");
        Document version = site.html("countries/cote-d-ivoire/history/" + versionHref + "index.html");
        assertThat(version.select(".advice").text()).contains("Test fixture sentence: version one.");
        assertThat(version.text()).contains("First version seen", "Open Government Licence v3.0", "test fixture");
    }

    @Test
    void countryPageDrawsLevelsOverTimeWithATextEquivalent() {
        Document page = site.html("countries/cote-d-ivoire/index.html");
        assertThat(page.select("svg.chart[role=img] title").text()).contains("national level over time");
        assertThat(page.select("svg.chart[role=img] path.line-uk")).hasSize(1);
        assertThat(page.select("table.steps tbody tr")).extracting(Element::text).containsExactly(
                "2025-09-05 United States N2 (Level 2: Exercise Increased Caution)",
                "2025-08-30 United Kingdom N3 (FCDO advises against all but essential travel to Côte d'Ivoire)",
                "2025-09-30 United Kingdom N4 (FCDO advises against all travel to Côte d'Ivoire)");
        assertThat(page.select("table.periods tbody tr")).extracting(Element::text).containsExactly(
                "2025-08-30 2025-09-05 unknown N3 Cannot compare",
                "2025-09-05 2025-09-30 N2 N3 UK stricter",
                "2025-09-30 now N2 N4 Material disagreement");
    }

    @Test
    void openDataHasOneRowPerCountryAndSourceWithTheContractKeys() throws Exception {
        JsonNode rows = new ObjectMapper().readTree(site.text("data/advisories.json"));
        assertThat(rows).hasSize(4);
        JsonNode ukMali = find(rows, "ML", "uk");
        assertThat(ukMali.get("level").asInt()).isEqualTo(4);
        assertThat(ukMali.get("level_native").asText()).isEqualTo("FCDO advises against all travel to Mali");
        assertThat(ukMali.get("updated").asText()).isEqualTo("2025-10-30");
        assertThat(ukMali.get("country_name").asText()).isEqualTo("Mali");
        JsonNode usMali = find(rows, "ML", "us");
        assertThat(usMali.get("level").isNull()).isTrue();
        assertThat(usMali.get("published").asText()).isEqualTo("2025-10-29");
        for (JsonNode row : rows) {
            assertThat(row.fieldNames()).toIterable().contains("country", "country_name", "source", "level", "level_native",
                    "regional_level", "published", "updated", "change_note", "url", "versions");
        }
        assertThat(find(rows, "CI", "uk").get("versions").asInt()).isEqualTo(3);
        JsonNode ci = new ObjectMapper().readTree(site.text("data/countries/CI.json"));
        assertThat(ci.get("versions")).extracting(v -> v.get("source").asText() + ":" + v.get("change_kind").asText())
                .containsExactly("us:first", "uk:first", "uk:level_raised", "uk:silent_edit");
    }

    @Test
    void feedParsesWithOneStableEntryPerVersionDatedFromTheSource() throws Exception {
        SyndFeed feed = new SyndFeedInput().build(new XmlReader(site.out().resolve("feed.xml").toFile()));
        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        assertThat(feed.getEntries()).hasSize(result.versions().size()).hasSize(6);
        assertThat(feed.getEntries()).extracting(SyndEntry::getUri).doesNotHaveDuplicates();
        SyndEntry newest = feed.getEntries().get(0);
        assertThat(newest.getTitle()).isEqualTo("Mali — UK advice first recorded: New information that non-essential British Embassy staff have been temporarily withdrawn from Bamako. (See ‘UK government support’ on the ‘Warnings and insurance’ page).");
        assertThat(newest.getPublishedDate().toInstant()).isEqualTo(Instant.parse("2025-10-30T00:00:00Z"));
        assertThat(newest.getUri()).startsWith("urn:advisory-compare:ML:uk:");
        assertThat(newest.getLink()).startsWith(BASE + "countries/mali/uk/");
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).contains("Côte d'Ivoire — UK raised to N4: FCDO advises against all travel to Côte d'Ivoire");
        Element self = Jsoup.parse(site.text("feed.xml"), "", Parser.xmlParser()).selectFirst("channel > atom|link[rel=self]");
        assertThat(self.attr("href")).isEqualTo(BASE + "feed.xml");
        assertThat(self.attr("xmlns:atom")).isEqualTo("http://www.w3.org/2005/Atom");
    }

    @Test
    void everyFeedComesInRssAtomAndJsonFeedWithTheSameStableEntries() throws Exception {
        for (String dir : List.of("", "levels/", "governments/us/", "governments/uk/", "countries/mali/", "countries/cote-d-ivoire/")) {
            SyndFeed rss = new SyndFeedInput().build(new XmlReader(site.out().resolve(dir + "feed.xml").toFile()));
            SyndFeed atom = new SyndFeedInput().build(new XmlReader(site.out().resolve(dir + "atom.xml").toFile()));
            JsonNode json = new ObjectMapper().readTree(site.text(dir + "feed.json"));
            assertThat(atom.getFeedType()).isEqualTo("atom_1.0");
            assertThat(json.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
            assertThat(atom.getEntries()).extracting(SyndEntry::getUri)
                    .isEqualTo(rss.getEntries().stream().map(SyndEntry::getUri).toList());
            assertThat(json.get("items")).extracting(i -> i.get("id").asText())
                    .isEqualTo(rss.getEntries().stream().map(SyndEntry::getUri).toList());
            assertThat(json.get("feed_url").asText()).isEqualTo(BASE + dir + "feed.json");
        }
        SyndFeed levels = new SyndFeedInput().build(new XmlReader(site.out().resolve("levels/atom.xml").toFile()));
        assertThat(levels.getEntries()).singleElement().satisfies(e -> {
            assertThat(e.getTitle()).isEqualTo("Côte d'Ivoire — UK raised to N4: FCDO advises against all travel to Côte d'Ivoire");
            assertThat(e.getLink()).endsWith("/diff/");
            assertThat(e.getContents().get(0).getValue()).contains("Change note: Test note two.", "<ins>[added:", "<del>[removed:");
        });
        SyndFeed us = new SyndFeedInput().build(new XmlReader(site.out().resolve("governments/us/feed.xml").toFile()));
        assertThat(us.getEntries()).extracting(SyndEntry::getTitle).allMatch(t -> t.contains(" — US "));
    }

    @Test
    void everyPageAdvertisesItsFeeds() {
        Document country = site.html("countries/mali/index.html");
        assertThat(country.select("link[rel=alternate]").eachAttr("href")).containsExactly("../../countries/mali/feed.xml",
                "../../countries/mali/atom.xml", "../../countries/mali/feed.json", "../../feed.xml", "../../atom.xml",
                "../../feed.json");
        assertThat(site.html("about/index.html").select("link[rel=alternate][type=application/atom+xml]").attr("href"))
                .isEqualTo("../atom.xml");
    }

    @Test
    void changesPagesListEveryChangeAndTheLevelChanges() {
        assertThat(site.html("changes/index.html").select("ol.history > li")).hasSize(6);
        assertThat(site.html("changes/levels/index.html").select("ol.history > li .kind").eachText())
                .containsExactly("Level raised N3 → N4");
    }

    @Test
    void sitemapListsEveryPageAndRobotsPointsToIt() throws Exception {
        Document sitemap = Jsoup.parse(site.text("sitemap.xml"), "", Parser.xmlParser());
        long pages = TestSite.snapshot(site.out()).keySet().stream().filter(p -> p.endsWith("index.html")).count();
        assertThat(sitemap.select("url > loc")).hasSize((int) pages);
        assertThat(sitemap.select("url > loc").eachText()).contains(BASE, BASE + "countries/mali/", BASE + "about/")
                .allMatch(loc -> loc.startsWith(BASE));
        assertThat(site.text("robots.txt")).contains("Sitemap: " + BASE + "sitemap.xml");
        assertThat(site.out().resolve("404.html")).isRegularFile();
    }

    @Test
    void openDataCsvHasTheSameRowsAsTheJson() throws Exception {
        List<String> lines = site.text("data/advisories.csv").lines().toList();
        assertThat(lines.get(0)).startsWith("country,country_name,source,level,level_native,regional_level,");
        assertThat(lines).hasSize(5);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("ML,Mali,uk,4,FCDO advises against all travel to Mali,"));
    }

    @Test
    void everyInternalLinkResolvesAndNoneEscapesTheSite() throws Exception {
        List<String> broken = new ArrayList<>();
        for (String path : TestSite.snapshot(site.out()).keySet()) {
            if (!path.endsWith(".html")) {
                continue;
            }
            for (Element link : site.html(path).select("a[href], link[href]")) {
                String href = link.attr("href");
                if (href.startsWith("http") || href.startsWith("mailto:")) {
                    continue;
                }
                String sitePath = URI.create(BASE).getPath();
                if (path.equals("404.html") && href.startsWith(sitePath)) { // served at any address: links from the site's path
                    href = href.substring(sitePath.length());
                }
                URI target = URI.create("file:///site/" + path).resolve(href.replaceAll("#.*", ""));
                String relative = target.getPath().substring("/site/".length());
                Path file = site.out().resolve(relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative);
                if (!target.getPath().startsWith("/site/") || !Files.isRegularFile(file)) {
                    broken.add(path + " -> " + href);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void pagesCarryTheBaseUrlInCanonicalLinksAndRelativeLinksElsewhere() {
        Document page = site.html("countries/mali/history/index.html");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(BASE + "countries/mali/history/");
        assertThat(page.selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("../../../assets/style.css");
        assertThat(page.select("link[rel=alternate]").eachAttr("href")).contains("../../../countries/mali/feed.xml", "../../../feed.xml");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void buildingTwiceGivesByteIdenticalOutputAndLeavesContentUnchanged() {
        Map<String, String> first = TestSite.snapshot(site.out());
        Map<String, String> content = TestSite.snapshot(site.content());
        SiteBuild.Result again = site.build(BASE);
        assertThat(again.upToDate()).as("nothing changed: the site is up to date").isTrue();
        assertThat(TestSite.snapshot(site.out())).isEqualTo(first);
        // a second full build, into a fresh folder with a fresh cache, writes the same bytes
        SiteBuild.Result fresh = site.build(BASE, dir.resolve("second"), dir.resolve("second-cache"));
        assertThat(fresh.upToDate()).isFalse();
        assertThat(fresh.versionFilesWritten()).isZero();
        assertThat(TestSite.snapshot(dir.resolve("second"))).isEqualTo(first);
        assertThat(TestSite.snapshot(site.content())).isEqualTo(content);
    }

    @Test
    void anUnreadableSnapshotIsReportedByNameAndEverythingElseStillBuilds() throws Exception {
        Path folder = site.content().resolve("collected/us/fr");
        Files.createDirectories(folder);
        byte[] latin1 = {'C', 'a', 'f', (byte) 0xE9};
        Files.write(folder.resolve("20251101T000000Z-000000000000.txt"), latin1);
        Files.writeString(folder.resolve("20251101T000000Z-000000000000.provenance.json"),
                "{\"source\":\"us\",\"country\":\"FR\",\"retrieved\":\"2025-11-01T00:00:00Z\",\"sha256\":\""
                        + org.advisorycompare.convert.Converter.sha256(latin1) + "\"}");
        SiteBuild.Result again = site.build(BASE);
        assertThat(again.errors()).singleElement().asString()
                .contains("20251101T000000Z-000000000000.txt", "not valid UTF-8");
        assertThat(again.versions()).hasSize(result.versions().size());
        assertThat(site.out().resolve("countries/mali/index.html")).isRegularFile();
    }

    private static JsonNode find(JsonNode rows, String country, String source) {
        for (JsonNode row : rows) {
            if (row.get("country").asText().equals(country) && row.get("source").asText().equals(source)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + country + "/" + source);
    }
}

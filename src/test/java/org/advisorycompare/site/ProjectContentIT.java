package org.advisorycompare.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.advisorycompare.build.SiteBuild;
import org.advisorycompare.store.VersionFile;
import org.advisorycompare.history.Diff;
import org.advisorycompare.history.Differ;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Countries;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The content the project ships (every government document of {@code ../shared/realdata}, imported with provenance,
 * and the seeds) builds into the site a fresh clone gets: up to date, every country with both governments' levels or
 * a plain "No advice collected", UK Mali's history from 2018, and no change that is only white space, order or furniture.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectContentIT {
    @TempDir
    static Path dir;
    TestSite site;
    SiteBuild.Result result;
    Map<String, String> before;

    @BeforeAll
    void build() {
        TestSite.copyTree(Path.of("content"), dir.resolve("content"));
        before = TestSite.snapshot(dir.resolve("content"));
        site = new TestSite(dir);
        result = site.build("https://example.org/");
    }

    @Test
    void committedContentBuildsAndItsConvertedMarkdownIsUpToDate() {
        assertThat(result.errors()).isEmpty();
        assertThat(result.versionFilesWritten()).as("content/advisories is what build makes of content/collected").isZero();
        assertThat(TestSite.snapshot(dir.resolve("content"))).isEqualTo(before);
        assertThat(org.advisorycompare.check.SiteCheck.of(site.out(), "https://example.org/")).as("check of the default site").isEmpty();
    }

    @Test
    void everyCountryShowsAKnownUsAndUkLevelOrSaysNoAdviceWasCollected() throws IOException {
        JsonNode rows = new ObjectMapper().readTree(dir.resolve("site/data/advisories.json").toFile());
        Map<String, Map<String, JsonNode>> main = new TreeMap<>();
        for (JsonNode row : rows) {
            if (row.path("destination_main").asBoolean(true)) {
                main.computeIfAbsent(row.get("country").asText(), k -> new HashMap<>()).put(row.get("source").asText(), row);
            }
        }
        assertThat(main).hasSizeGreaterThanOrEqualTo(11);
        Document home = site.html("index.html");
        for (Map.Entry<String, Map<String, JsonNode>> country : main.entrySet()) {
            for (String source : List.of("us", "uk")) {
                JsonNode row = country.getValue().get(source);
                if (row != null) {
                    assertThat(row.get("level").isNull()).as("%s %s level", country.getKey(), source).isFalse();
                } else {
                    Element tr = home.selectFirst("tr:has(th a[href$=/" + slug(rows, country.getKey()) + "/])");
                    assertThat(tr).as(country.getKey()).isNotNull();
                    assertThat(tr.text()).as("%s without %s advice", country.getKey(), source).contains("No advice collected");
                }
            }
        }
        for (String both : List.of("ML", "NE", "BF", "HT", "UA", "VE", "MX", "FR", "TH", "JP")) {
            assertThat(main.get(both)).as(both).containsKeys("us", "uk");
        }
    }

    @Test
    void noFeedFileIsOverItsBudget() throws IOException {
        List<String> feeds;
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(site.out())) {
            feeds = files.filter(p -> p.toString().matches(".*/(feed\\.xml|atom\\.xml|feed\\.json)$"))
                    .map(p -> p + " " + p.toFile().length()).toList();
        }
        assertThat(feeds).hasSizeGreaterThan(40).allSatisfy(feed -> assertThat(Long.parseLong(feed.substring(feed.lastIndexOf(' ') + 1)))
                .as(feed).isLessThanOrEqualTo(org.advisorycompare.config.CheckBudgets.defaults().feedBytes()));
    }

    @Test
    void theWorldMapHasOneLinkWithAnAccessibleNamePerCountry() {
        Document home = site.html("index.html");
        List<String> rows = home.select("#countries tbody th a").eachText();
        List<String> links = home.select("#world-map a[aria-label]").eachAttr("aria-label");
        assertThat(links).hasSize(rows.size());
        for (String country : rows) {
            assertThat(links).as(country).anyMatch(label -> label.startsWith(country + ": US "));
        }
        assertThat(home.select("#world-map a").eachAttr("href")).allMatch(href -> href.startsWith("countries/"));
        assertThat(home.select("figure.world figcaption").text()).contains("Natural Earth");
    }

    /** Regression: the embassy alerts imported into us/ml were US versions "no longer stating" Level 4. */
    @Test
    void noUsMaliVersionIsAnEmbassysAlert() throws IOException {
        assertThat(versions("ml", "us")).isNotEmpty()
                .noneSatisfy(v -> assertThat(v.title()).containsIgnoringCase("Embassy Bamako, Mali"));
    }

    @Test
    void ukMaliHasItsHistoryFrom2018AndTheHomePageSaysHowOldTheNewestDocumentIs() throws IOException {
        List<AdvisoryVersion> mali = versions("ml", "uk");
        assertThat(mali).hasSizeGreaterThan(150);
        assertThat(mali.stream().map(v -> v.provenance().retrieved()).min(String::compareTo).orElseThrow()).startsWith("2018-");
        assertThat(site.html("index.html").select("#freshness time").attr("datetime")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(site.html("index.html").select("#freshness").text()).contains("collect");
    }

    /**
     * Regression: consecutive versions from two capture formats of one publication differed only by part order,
     * non-breaking spaces, heading levels and furniture. Each consecutive pair's diff must change a word.
     */
    @Test
    void noConsecutivePairDiffersOnlyByWhiteSpaceOrderOrFurniture() throws IOException {
        List<String> hollow = new ArrayList<>();
        int pairs = 0;
        for (Path folder : folders()) {
            List<AdvisoryVersion> versions = versions(folder);
            versions.sort(java.util.Comparator.comparing((AdvisoryVersion v) -> v.provenance().retrieved()));
            for (int i = 1; i < versions.size(); i++) {
                pairs++;
                Diff diff = Differ.between(versions.get(i - 1).body(), versions.get(i).body());
                if (!changesAWord(diff)) {
                    hollow.add(folder + ": " + versions.get(i - 1).versionId() + " -> " + versions.get(i).versionId());
                }
            }
        }
        assertThat(pairs).isGreaterThan(400);
        assertThat(hollow).isEmpty();
    }

    /** Whether the words inserted and deleted differ as multisets once furniture is left out (a moved part changes none). */
    private static boolean changesAWord(Diff diff) {
        Map<String, Integer> balance = new HashMap<>();
        for (Diff.SectionDiff section : diff.sections()) {
            for (Diff.BlockDiff block : section.blocks()) {
                for (Diff.Span span : block.spans()) {
                    count(balance, span.text(), span.op() == Diff.Op.INSERTED ? 1 : span.op() == Diff.Op.DELETED ? -1 : 0);
                }
            }
            if (section.kind() != Diff.Kind.UNCHANGED) { // a heading added, removed or renamed is words too
                count(balance, section.kind() == Diff.Kind.ADDED ? null : section.oldHeading(), -1);
                count(balance, section.kind() == Diff.Kind.REMOVED ? null : section.newHeading(), 1);
            }
        }
        return balance.values().stream().anyMatch(n -> n != 0);
    }

    private static void count(Map<String, Integer> balance, String text, int sign) {
        if (text == null || sign == 0) {
            return;
        }
        for (String word : text.replace('\u00a0', ' ').split("[\\s*#>_`-]+")) {
            if (!word.isEmpty()) {
                balance.merge(word, sign, Integer::sum);
            }
        }
    }

    private static String slug(JsonNode rows, String iso2) {
        for (JsonNode row : rows) {
            if (row.get("country").asText().equals(iso2)) {
                return Countries.slugOf(row.get("country_name").asText());
            }
        }
        return iso2;
    }

    private List<Path> folders() throws IOException {
        try (Stream<Path> files = Files.walk(dir.resolve("content/advisories"), 2)) {
            return files.filter(p -> p.getNameCount() - dir.resolve("content/advisories").getNameCount() == 2)
                    .filter(Files::isDirectory).sorted().toList();
        }
    }

    private List<AdvisoryVersion> versions(String country, String source) throws IOException {
        return versions(dir.resolve("content/advisories").resolve(source).resolve(country));
    }

    private static List<AdvisoryVersion> versions(Path folder) throws IOException {
        List<AdvisoryVersion> versions = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                versions.add(VersionFile.read(file.toString(), Files.readString(file), Countries.standard()));
            }
        }
        return versions;
    }


    /**
     * A crawler from the home page, following links and redirects, reaches every version's page and every diff page;
     * an archived version's page leads to its entry on the archive page, whose compressed file rebuilds its text.
     */
    @Test
    void aCrawlerFromTheHomePageReachesEveryVersionAndDiffAndEveryArchivedText() throws IOException {
        java.util.Set<String> reached = Crawler.crawl(site.out());
        List<String> diffs;
        try (Stream<Path> files = Files.walk(site.out())) {
            diffs = files.map(p -> site.out().relativize(p).toString()).filter(p -> p.endsWith("/diff/index.html")).toList();
        }
        assertThat(diffs).hasSizeGreaterThan(400);
        assertThat(reached).containsAll(diffs);
        int archived = 0;
        Map<String, Map<String, String>> texts = new HashMap<>();
        for (AdvisoryVersion v : result.versions()) {
            String page = "countries/" + v.country().slug() + "/" + v.source().key() + "/" + v.versionId() + "/index.html";
            assertThat(reached).as("reached").contains(page);
            String html = Files.readString(site.out().resolve(page));
            if (html.contains("http-equiv=\"refresh\"")) {
                archived++;
                String dir = "countries/" + v.country().slug() + "/" + v.source().key() + "/archive/";
                assertThat(html).contains("url=../archive/#v-" + v.versionId() + "\"");
                assertThat(Files.readString(site.out().resolve(dir + "index.html"))).contains("id=\"v-" + v.versionId() + "\"");
                Map<String, String> file = texts.computeIfAbsent(dir, d -> org.advisorycompare.render.ArchiveTexts.read(
                        TestSite.bytes(site.out().resolve(d + "texts.json.gz"))));
                assertThat(file.get(v.versionId())).as("the text of archived " + page)
                        .isEqualTo(String.join("\n", org.advisorycompare.render.HtmlBody.of(v.body(), 2, v.provenance().licence()).lines().toList()));
            } else {
                assertThat(html).contains("<h2>Full text</h2>");
            }
        }
        assertThat(archived).as("versions archived under the default policy").isGreaterThan(result.versions().size() / 2);
    }
}

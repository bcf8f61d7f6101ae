package org.advisorycompare.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.advisorycompare.build.SiteBuild;
import org.advisorycompare.model.Source;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site with Canada's advice for some countries: Canada is a third column where its advice was
 * collected, while the US-UK comparison stays the headline. Synthetic fixtures in the real shape of
 * {@code cta-cap-<iso2>.json}.
 */
class CanadaSiteIT {
    static final String CA_JSON = """
            {"metadata": {"generated": {"timestamp": 1762074000, "date": "2025-11-02 09:00:00"}},
             "data": {"country-iso": "%s", "advisory-state": %d, "has-advisory-warning": 1, "has-regional-advisory": 0,
              "has-content": 1, "update-metadata": "Editorial change",
              "eng": {"name": "%s", "url-slug": "%s", "geo-group": "Africa", "friendly-date": "%s",
               "advisory-text": "%s", "recent-updates": "%s",
               "advisories": "<div class=\\"AdvisoryContainer\\"><h3>%s - %s</h3><p>Test fixture sentence: %s.</p></div>",
               "security": "<h3>Crime</h3><p>Test fixture text about crime.</p>"}}}
            """;

    @TempDir
    Path dir;
    TestSite site;
    SiteBuild.Result result;

    static String canada(String iso, String name, int state, String words, String date, String note, String sentence) {
        return CA_JSON.formatted(iso, state, name, name.toLowerCase(java.util.Locale.ROOT), date, words, note,
                name.toUpperCase(java.util.Locale.ROOT), words.toUpperCase(java.util.Locale.ROOT), sentence);
    }

    @BeforeEach
    void build() {
        site = new TestSite(dir).withProjectArchive()
                .with(Source.CA, null, "2025-09-02T08:00:00Z", canada("ML", "Mali", 2, "Avoid non-essential travel",
                        "September 1, 2025 10:00 EDT", "Test note one", "version one"))
                .with(Source.CA, null, "2025-11-02T08:00:00Z", canada("ML", "Mali", 3, "Avoid all travel",
                        "November 1, 2025 10:00 EDT", "Test note two", "version two"))
                .with(Source.CA, null, "2025-11-02T08:00:00Z", canada("HT", "Haiti", 3, "Avoid all travel",
                        "October 20, 2025 09:30 EDT", "Test note Haiti", "Haiti text"))
                .with(Source.US, null, "2025-09-06T08:00:00Z",
                        "Côte d'Ivoire, September 5, 2025 - Test fixture sentence: Level 2: Exercise Increased Caution.\n");
        result = site.build(SiteBuildIT.BASE);
    }

    @Test
    void homeAddsCanadaColumnsAfterTheUsUkAgreement() {
        assertThat(result.errors()).isEmpty();
        Document home = site.html("index.html");
        assertThat(home.select("table.countries thead th").eachText()).containsExactly("Country", "US level",
                "US last changed", "UK level", "UK last changed", "US–UK agreement", "Strictest anywhere", "Canada level",
                "Canada last changed");
        Element mali = home.selectFirst("tbody tr:has(th a[href=countries/mali/])");
        assertThat(mali.select("td").get(4).text()).as("the US-UK headline is unchanged").isEqualTo("Cannot compare");
        assertThat(mali.select("td").get(5).text()).as("strictest anywhere").isEqualTo("Cannot compare");
        assertThat(mali.select("td").get(6).text()).contains("Avoid all travel", "N4");
        assertThat(mali.select("td").get(7).text()).isEqualTo("1 November 2025");
        assertThat(mali.attr("data-level-ca")).isEqualTo("4");
        assertThat(mali.attr("data-levels")).as("the US seed states no level").isEqualTo("unstated 4 4");
        Element haiti = home.selectFirst("tbody tr:has(th a[href=countries/haiti/])");
        assertThat(haiti.select("td").get(0).text()).isEqualTo("No advice collected");
        assertThat(haiti.select("td").get(6).text()).contains("Avoid all travel");
        assertThat(home.select("footer").text()).contains("Open Government Licence – Canada", "Open Government Licence v3.0");
    }

    @Test
    void countryPageShowsCanadaBesideTheUsUkComparison() {
        Document page = site.html("countries/mali/index.html");
        assertThat(page.select("h1").text()).isEqualTo("Mali: US and UK travel advice compared");
        assertThat(page.select(".sides > section")).extracting(Element::className)
                .containsExactly("side side-us", "side side-uk", "side side-ca");
        Element ca = page.selectFirst("section.side-ca");
        assertThat(ca.text()).contains("Global Affairs Canada", "Avoid all travel", "N4", "1 November 2025", "Test note two",
                "Open Government Licence – Canada");
        assertThat(ca.select("a[href=https://travel.gc.ca/destinations/mali]")).isNotEmpty();
        assertThat(page.select("table.levels tbody tr")).hasSize(3);
        assertThat(page.select(".headline .agreement").text()).isEqualTo("Cannot compare");
        assertThat(page.select("table.topics thead th").eachText()).as("topics stay US | UK").hasSize(3);
        assertThat(page.select("svg.chart[role=img] path.line-ca")).hasSize(1);
        assertThat(page.select(".chart-legend").text()).contains("Canada (dotted line, triangles)");
        assertThat(page.select("table.steps tbody tr").eachText()).anySatisfy(row -> assertThat(row).contains("Canada", "N3"))
                .anySatisfy(row -> assertThat(row).contains("Canada", "N4"));
    }

    @Test
    void canadasVersionsHaveHistoryVersionAndDiffPagesAndFeeds() throws Exception {
        Document history = site.html("countries/mali/history/index.html");
        List<Element> entries = history.select("li.entry-ca");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).text()).contains("Level raised N3 → N4", "Test note two");
        String diff = entries.get(0).selectFirst("a:containsOwn(what changed)").attr("href");
        assertThat(diff).startsWith("../ca/").endsWith("/diff/");
        Document diffPage = site.html("countries/mali/" + diff.substring("../".length()) + "index.html");
        assertThat(diffPage.select("ins").text()).contains("two");
        assertThat(diffPage.select("del").text()).contains("one");
        assertThat(site.text("governments/ca/feed.xml")).contains("Mali — Canada advice", "urn:advisory-compare:ML:ca:");
        assertThat(site.text("data/advisories.json")).contains("\"source\":\"ca\"");
        assertThat(site.html("about/index.html").text()).contains("3: Avoid all travel");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(site.text("data/countries/ML.json"))
                .path("versions").findValuesAsText("source")).contains("us", "uk", "ca");
    }

    @Test
    void countriesWithoutCanadianAdviceShowNoCanadaSideAndCanadaAloneCannotBeCompared() {
        Document ci = site.html("countries/cote-d-ivoire/index.html");
        assertThat(ci.select("section.side-ca")).isEmpty();
        assertThat(ci.select("table.levels tbody tr")).hasSize(2);
        assertThat(site.html("index.html").selectFirst("tbody tr:has(th a[href=countries/cote-d-ivoire/])").select("td").get(6).text())
                .isEqualTo("No advice collected");
        Document haiti = site.html("countries/haiti/index.html");
        assertThat(haiti.select("section.side-us").text()).contains("No United States advice has been collected");
        assertThat(haiti.select(".headline .agreement").text()).isEqualTo("Cannot compare");
        assertThat(haiti.select("section.side-ca").text()).contains("Avoid all travel");
    }
}

package org.advisorycompare.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.advisorycompare.config.BuildConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class SitemapTest {
    private static final String BASE = "https://example.org/ac/";
    private final BuildConfig config = new BuildConfig(null, null, null, BASE);

    @Test
    void aSiteOfUpToFiftyThousandPagesHasOneSitemapOfThemAllInOrder() {
        List<String> files = pages(Sitemap.MAX_URLS);
        files.add("feed.xml");
        Map<String, String> out = texts(Sitemap.of(files, config));
        assertThat(out).containsOnlyKeys("sitemap.xml", "robots.txt");
        List<String> locs = xml(out.get("sitemap.xml")).select("urlset > url > loc").eachText();
        assertThat(locs).hasSize(Sitemap.MAX_URLS).isSorted().contains(BASE, BASE + "countries/c1/").noneMatch(l -> l.endsWith(".xml"));
        assertThat(out.get("robots.txt")).isEqualTo("User-agent: *\nAllow: /\nSitemap: " + BASE + "sitemap.xml\n");
    }

    @Test
    void aLargerSiteGetsSitemapsOfAtMostFiftyThousandPagesInTheRootAndAnIndexOfThem() {
        List<String> files = pages(2 * Sitemap.MAX_URLS + 1);
        Map<String, String> out = texts(Sitemap.of(files, config));
        assertThat(out).containsOnlyKeys("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "robots.txt");
        Document index = xml(out.get("sitemap.xml"));
        assertThat(index.select("sitemapindex > sitemap > loc").eachText())
                .containsExactly(BASE + "sitemap-1.xml", BASE + "sitemap-2.xml", BASE + "sitemap-3.xml");
        List<String> all = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            List<String> locs = xml(out.get("sitemap-" + n + ".xml")).select("urlset > url > loc").eachText();
            assertThat(locs.size()).isLessThanOrEqualTo(Sitemap.MAX_URLS);
            all.addAll(locs);
        }
        assertThat(all).hasSize(files.size()).isSorted().doesNotHaveDuplicates();
        assertThat(out.get("robots.txt")).contains("Sitemap: " + BASE + "sitemap.xml\n");
    }

    /** The root page and {@code n - 1} country pages. */
    private static List<String> pages(int n) {
        List<String> files = new ArrayList<>(List.of("index.html"));
        for (int i = 1; i < n; i++) {
            files.add("countries/c" + i + "/index.html");
        }
        return files;
    }

    private static Map<String, String> texts(List<OutputFile> files) {
        return files.stream().collect(Collectors.toMap(OutputFile::path, f -> new String(f.bytes(), StandardCharsets.UTF_8)));
    }

    private static Document xml(String text) {
        return Jsoup.parse(text, "", Parser.xmlParser());
    }
}

package org.advisorycompare.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site's weight by page kind, from the URL layout, and the total against GitHub Pages' 1 GB. */
class SiteSizesTest {
    @TempDir
    Path dir;

    @Test
    void filesAreCountedByTheirPageKindLargestFirst() throws IOException {
        write("countries/mali/uk/abc/index.html", 300);
        write("countries/mali/uk/abc/diff/index.html", 100);
        write("countries/mali/index.html", 50);
        write("countries/mali/history/index.html", 40);
        write("countries/mali/feed.json", 200);
        write("data/advisories.json", 10);
        write("index.html", 5);
        List<SiteSizes.Kind> kinds = SiteSizes.of(dir);
        assertThat(kinds).extracting(SiteSizes.Kind::name).containsExactly("version pages", "country feeds", "diff pages",
                "country pages", "history pages", "open data", "other");
        assertThat(kinds.get(0).bytes()).isEqualTo(300);
        assertThat(SiteSizes.report(kinds).get(kinds.size())).startsWith("  site: 0.0 MB, 0.7 KB per version");
    }

    @Test
    void anArchivedVersionsLinksEntryAndTextsAreTheirOwnKindsAndPriceTheTenYearProjection() throws IOException {
        String link = "<!DOCTYPE html><meta http-equiv=\"refresh\" content=\"0; url=../archive/#v-abc\">";
        Files.createDirectories(dir.resolve("countries/mali/uk/old/diff"));
        Files.writeString(dir.resolve("countries/mali/uk/old/index.html"), link);
        Files.writeString(dir.resolve("countries/mali/uk/old/diff/index.html"), link + " ");
        write("countries/mali/uk/archive/index.html", 1000);
        write("countries/mali/uk/archive/texts.json.gz", 500);
        write("countries/mali/uk/new/index.html", 40_000);
        write("countries/mali/uk/new/diff/index.html", 20_000);
        write("countries/mali/index.html", 100_000);
        List<SiteSizes.Kind> kinds = SiteSizes.of(dir);
        assertThat(kinds).extracting(SiteSizes.Kind::name).containsExactly("country pages", "version pages", "diff pages",
                "archive pages", "archived texts", "archived diffs", "archived versions");
        assertThat(SiteSizes.versions(kinds)).isEqualTo(2);
        assertThat(SiteSizes.countries(dir)).isEqualTo(1);
        // 3,450 versions with pages at 60 KB, 56,550 archived at 1.67 KB, 230 countries at 100 KB: 324 MB
        assertThat(SiteSizes.tenYears(kinds, 1, 5, -1)).contains("the newest 5 of each", "feeds as measured", "about 324 MB", "30% of", "only 1 archived");
    }

    @Test
    void theTenYearProjectionPricesEveryCountrysFeedsAsTheFullOnesMeasured() throws IOException {
        Files.createDirectories(dir.resolve("countries/mali"));
        Files.createDirectories(dir.resolve("countries/chad"));
        Files.writeString(dir.resolve("countries/mali/feed.xml"), "<item>".repeat(2) + " ".repeat(988));
        write("countries/mali/atom.xml", 1000);
        write("countries/mali/feed.json", 1000);
        Files.writeString(dir.resolve("countries/chad/feed.xml"), "<item>");
        write("countries/chad/index.html", 100_000);
        assertThat(SiteSizes.fullCountryFeeds(dir, 2)).isEqualTo(3000);
        assertThat(SiteSizes.fullCountryFeeds(dir, 3)).isEqualTo(-1);
        List<SiteSizes.Kind> kinds = SiteSizes.of(dir);
        // 230 countries at 100 KB (one measured page for two countries: 50 KB each) and 3 KB of full feeds each
        assertThat(SiteSizes.tenYears(kinds, 2, 5, 3000)).contains("each country's feeds full", "about 12 MB");
    }

    private void write(String path, int bytes) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[bytes]);
    }
}

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
        assertThat(kinds).extracting(SiteSizes.Kind::name).containsExactly("version pages", "feeds", "diff pages",
                "country pages", "history pages", "open data", "other");
        assertThat(kinds.get(0).bytes()).isEqualTo(300);
        assertThat(SiteSizes.report(kinds, 1).get(kinds.size())).startsWith("  site: 0.0 MB, 0.7 KB per version");
    }

    private void write(String path, int bytes) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[bytes]);
    }
}

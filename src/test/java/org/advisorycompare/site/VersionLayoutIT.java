package org.advisorycompare.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.advisorycompare.build.SiteBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A content folder of an earlier release (version folders destination first) builds the same site, converting nothing. */
class VersionLayoutIT {
    @TempDir
    Path dir;

    @Test
    void anEarlierReleasesVersionFoldersAreMovedAndNothingIsWrittenAgain() throws Exception {
        TestSite site = new TestSite(dir);
        TestSite.copySeeds(site.content().resolve("collected"));
        assertThat(site.build("https://example.org/").errors()).isEmpty();
        Map<String, String> pages = TestSite.snapshot(site.out());
        Path advisories = site.content().resolve("advisories");
        Map<String, String> versions = TestSite.snapshot(advisories);
        assertThat(versions).containsKey("LAYOUT");
        assertThat(versions.keySet()).anyMatch(k -> k.startsWith("uk/ml/")).anyMatch(k -> k.startsWith("us/ml/"));
        // back to the earlier layout: <folder>/<source>/, no LAYOUT
        Files.delete(advisories.resolve("LAYOUT"));
        for (String source : new String[] {"uk", "us"}) {
            Files.createDirectories(advisories.resolve("ml"));
            Files.move(advisories.resolve(source + "/ml"), advisories.resolve("ml/" + source));
            Files.delete(advisories.resolve(source));
        }
        SiteBuild.Result again = site.build("https://example.org/", dir.resolve("again"), dir.resolve("cache"));
        assertThat(again.errors()).isEmpty();
        assertThat(again.versionFilesWritten()).isZero();
        assertThat(TestSite.snapshot(advisories)).isEqualTo(versions);
        Map<String, String> rebuilt = TestSite.snapshot(dir.resolve("again"));
        rebuilt.remove(".build-manifest.tsv");
        pages.remove(".build-manifest.tsv");
        assertThat(rebuilt).isEqualTo(pages);
    }
}

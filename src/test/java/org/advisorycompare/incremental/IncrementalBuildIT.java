package org.advisorycompare.incremental;

import org.advisorycompare.site.SiteBuildIT;

import org.advisorycompare.site.TestSite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.advisorycompare.build.SiteBuild;
import org.advisorycompare.model.Source;
import org.advisorycompare.publish.SiteBusyException;
import org.advisorycompare.publish.SiteLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental build (reusing the previous site and the conversion cache) writes exactly the bytes a
 * full build writes, after each of several changes, and re-renders only what the change affects.
 */
class IncrementalBuildIT {
    static final String BASE = "https://user.github.io/repo/";

    @TempDir
    Path dir;

    @Test
    void incrementalBuildsEqualFullBuildsAfterEachChange() throws Exception {
        TestSite site = new TestSite(dir).withProjectArchive().withOwnTemplates()
                .with(Source.UK, null, "2025-09-01T08:00:00Z", SiteBuildIT.UK_CI.formatted("1 September 2025",
                        "30 August 2025", "Test note one.", "all but essential", "version one"))
                .with(Source.US, null, "2025-09-06T08:00:00Z",
                        "Côte d'Ivoire, September 5, 2025 - Test fixture sentence: Level 2: Exercise Increased Caution.\n");
        SiteBuild.Result first = site.build(BASE);
        assertThat(first.pagesReused()).isZero();
        assertSameAsFullBuild(site, "after the first build");

        SiteBuild.Result unchanged = site.build(BASE);
        assertThat(unchanged.upToDate()).as("nothing changed: the site is up to date").isTrue();
        assertThat(unchanged.pagesRendered()).as("nothing changed: no page is rendered").isZero();
        assertSameAsFullBuild(site, "after a build with no change");

        Files.delete(site.out().resolve("about/index.html"));
        SiteBuild.Result repaired = site.build(BASE);
        assertThat(repaired.upToDate()).as("a file of the site is missing: not up to date").isFalse();
        assertThat(repaired.pagesRendered()).as("the other pages are reused").isLessThan(5);
        assertSameAsFullBuild(site, "after a file of the site was deleted");

        site.with(Source.UK, null, "2025-10-01T08:00:00Z", SiteBuildIT.UK_CI.formatted("1 October 2025",
                "30 September 2025", "Test note two.", "all", "version two"));
        SiteBuild.Result oneVersion = site.build(BASE);
        assertThat(oneVersion.pagesReused()).as("Mali's pages are untouched by a new Côte d'Ivoire version").isPositive();
        // Côte d'Ivoire's page and history, the new version and its diff; the feeds it enters (the
        // country's, the UK's, all changes, level changes: three formats each); the first page of the
        // changes and of the level changes; the country's open data. Not the earlier versions' pages.
        assertThat(oneVersion.pagesRendered()).as("pages the new version affects").isEqualTo(4 + 4 * 3 + 2 + 1);
        assertSameAsFullBuild(site, "after one new version");

        Path versionFile;
        try (var files = Files.walk(site.content().resolve("advisories/uk/ci"))) {
            versionFile = files.filter(p -> p.toString().endsWith(".md")).findFirst().orElseThrow();
        }
        Files.delete(versionFile);
        SiteBuild.Result restored = site.build(BASE);
        assertThat(restored.versionFilesWritten()).as("a deleted version file is written again").isEqualTo(1);
        assertThat(versionFile).isRegularFile();
        assertSameAsFullBuild(site, "after a version file was deleted");

        Path template = site.templates().resolve("version.ftlh");
        Files.writeString(template, Files.readString(template).replace("<h2>Full text</h2>", "<h2>The full text</h2>"));
        SiteBuild.Result templateChanged = site.build(BASE);
        assertThat(templateChanged.pagesRendered()).as("a changed template re-renders the pages it renders, no others")
                .isEqualTo(cachedPages(site, "countries/[^/]+/(us|uk|ca)/[^/]+/index\\.html")).isPositive();
        assertSameAsFullBuild(site, "after a template change");

        Path layout = site.templates().resolve("layout.ftlh");
        Files.writeString(layout, Files.readString(layout).replace("</footer>", "<p>Test footer line.</p></footer>"));
        SiteBuild.Result layoutChanged = site.build(BASE);
        assertThat(layoutChanged.pagesRendered()).as("every page imports the layout: all are rendered again")
                .isEqualTo(cachedPages(site, ".*\\.html"));
        assertThat(layoutChanged.pagesReused()).as("feeds and open data use no template: reused").isPositive();
        assertSameAsFullBuild(site, "after a change of the layout every template imports");

        site.build("https://other.example/");
        assertSameAsFullBuild(site, "after a new base URL", "https://other.example/");
    }

    @Test
    void aBuildRefusesWhileAnotherWritesTheSiteAndTidiesWhatStoppedBuildsLeft() throws Exception {
        TestSite site = new TestSite(dir).withProjectArchive().withOwnTemplates();
        site.build(BASE);
        Path stopped = Files.createDirectories(dir.resolve(".site.building-123/countries"));
        Files.writeString(stopped.resolve("half.html"), "half-written by a build that was killed");
        try (SiteLock other = SiteLock.acquire(site.out())) {
            assertThatThrownBy(() -> site.build(BASE)).isInstanceOf(SiteBusyException.class)
                    .hasMessageContaining(site.out().toString());
        }
        assertThat(stopped).as("nothing is touched while another build holds the site").exists();
        site.build(BASE);
        assertThat(dir.resolve(".site.building-123")).as("the stopped build's folder is removed").doesNotExist();
        assertSameAsFullBuild(site, "after tidying");
    }

    /** How many cached (not always written) files of the site's manifest have paths matching {@code regex}. */
    private static long cachedPages(TestSite site, String regex) throws Exception {
        try (var lines = Files.lines(site.out().resolve(PageCache.MANIFEST))) {
            return lines.map(line -> line.split("\t")).filter(cells -> cells[0].matches(regex) && !cells[1].equals("-")).count();
        }
    }

    private void assertSameAsFullBuild(TestSite site, String when) throws Exception {
        assertSameAsFullBuild(site, when, BASE);
    }

    private void assertSameAsFullBuild(TestSite site, String when, String base) throws Exception {
        Path fresh = Files.createTempDirectory(dir, "full-");
        site.build(base, fresh.resolve("site"), fresh.resolve("cache"));
        Map<String, String> full = TestSite.snapshot(fresh.resolve("site"));
        assertThat(TestSite.snapshot(site.out())).as("incremental build equals a full build " + when).isEqualTo(full);
    }
}

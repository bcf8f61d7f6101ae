package org.advisorycompare.incremental;

import org.advisorycompare.site.SiteBuildIT;

import org.advisorycompare.site.TestSite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.advisorycompare.build.SiteBuild;
import org.advisorycompare.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build after snapshots were added to an archive folder converts only the new snapshots when the
 * folder only grew (later snapshots, nothing else touched), and converts the whole folder again
 * otherwise; either way the version files and the site are exactly those of a full conversion.
 */
class IncrementalConversionIT {
    static final String BASE = "https://user.github.io/repo/";

    @TempDir
    Path dir;

    private static String uk(String current, String updated, String note, String advice, String sentence) {
        return SiteBuildIT.UK_CI.formatted(current, updated, note, advice, sentence);
    }

    @Test
    void aFolderThatOnlyGrewConvertsOnlyItsNewSnapshotsAndEqualsAFullConversion() throws Exception {
        TestSite site = new TestSite(dir).withOwnTemplates()
                .with(Source.UK, null, "2025-09-01T08:00:00Z", uk("1 September 2025", "30 August 2025", "Note one.",
                        "all but essential", "version one"))
                .with(Source.UK, null, "2025-09-08T08:00:00Z", uk("8 September 2025", "7 September 2025", "Note two.",
                        "all but essential", "version two"));
        assertThat(site.build(BASE).errors()).isEmpty();

        // a republish of the same text, seen again later: a review of the existing version
        site.with(Source.UK, null, "2025-09-15T08:00:00Z", uk("15 September 2025", "7 September 2025", "Note two.",
                "all but essential", "version two"));
        SiteBuild.Result review = buildCounting(site);
        assertThat(review.snapshotsConverted()).as("only the new snapshot is converted").isEqualTo(1);
        assertThat(review.versionFilesWritten()).as("the reviewed version's file, no other").isEqualTo(1);
        assertSameAsFullConversion(site, "after a republish");

        site.with(Source.UK, null, "2025-10-01T08:00:00Z", uk("1 October 2025", "30 September 2025", "Note three.",
                "all", "version three"));
        SiteBuild.Result newText = buildCounting(site);
        assertThat(newText.snapshotsConverted()).as("only the new snapshot is converted").isEqualTo(1);
        assertThat(newText.versionFilesWritten()).isEqualTo(1);
        assertSameAsFullConversion(site, "after a new text");
    }

    @Test
    void aFolderThatGainedAnOlderSnapshotOrHadAFileEditedIsConvertedAgainInFull() throws Exception {
        TestSite site = new TestSite(dir).withOwnTemplates()
                .with(Source.UK, null, "2025-09-08T08:00:00Z", uk("8 September 2025", "7 September 2025", "Note two.",
                        "all but essential", "version two"))
                .with(Source.UK, null, "2025-09-15T08:00:00Z", uk("15 September 2025", "14 September 2025", "Note three.",
                        "all", "version three"));
        assertThat(site.build(BASE).errors()).isEmpty();

        // collected before the others (an older archive imported late): the order of the versions changes
        site.with(Source.UK, null, "2025-09-01T08:00:00Z", uk("1 September 2025", "30 August 2025", "Note one.",
                "all but essential", "version one"));
        assertThat(buildCounting(site).snapshotsConverted()).as("every snapshot of the folder is converted again").isEqualTo(3);
        assertSameAsFullConversion(site, "after an older snapshot was added");

        Path sidecar;
        try (Stream<Path> files = Files.list(site.content().resolve("collected/uk/ci"))) {
            sidecar = files.filter(p -> p.toString().endsWith(".provenance.json")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(sidecar, Files.readString(sidecar).replace("test fixture", "test fixture, corrected by hand"));
        assertThat(buildCounting(site).snapshotsConverted()).as("an edited sidecar: every snapshot is converted again").isEqualTo(3);
        assertThat(versionFiles(site)).as("the version file carries the corrected provenance")
                .anySatisfy((path, text) -> assertThat(text).contains("corrected by hand"));
        assertSameAsFullConversion(site, "after a sidecar was edited");
    }

    @Test
    void aFolderThatLostASnapshotIsConvertedAgainInFull() throws Exception {
        TestSite site = new TestSite(dir).withOwnTemplates()
                .with(Source.UK, null, "2025-09-08T08:00:00Z", uk("8 September 2025", "7 September 2025", "Note two.",
                        "all but essential", "version two"))
                .with(Source.UK, null, "2025-09-15T08:00:00Z", uk("15 September 2025", "7 September 2025", "Note two.",
                        "all but essential", "version two"));
        assertThat(site.build(BASE).errors()).isEmpty();
        assertThat(versionFiles(site).values()).singleElement().asString().contains("2025-09-15T08:00:00Z");

        // the republish removed by hand (its document and sidecar): its version loses that review
        try (Stream<Path> files = Files.list(site.content().resolve("collected/uk/ci"))) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith("20250915")).toList()) {
                Files.delete(p);
            }
        }
        SiteBuild.Result result = buildCounting(site);
        assertThat(result.snapshotsConverted()).as("the folder is converted again").isEqualTo(1);
        assertThat(result.versionFilesWritten()).isEqualTo(1);
        assertThat(versionFiles(site).values()).singleElement().asString().doesNotContain("2025-09-15T08:00:00Z");
        assertSameAsFullConversion(site, "after a snapshot was removed");
    }

    @Test
    void aVersionFileNoSnapshotMadeIsReadOnEveryBuildWhateverElseChanged() throws Exception {
        TestSite site = new TestSite(dir).withOwnTemplates()
                .with(Source.UK, null, "2025-09-08T08:00:00Z", uk("8 September 2025", "7 September 2025", "Note two.",
                        "all but essential", "version two"));
        assertThat(site.build(BASE).errors()).isEmpty();
        // a hand-made version file: the UK one, moved to the US side of the same country with its own text
        Path made = Files.list(site.content().resolve("advisories/uk/ci")).findFirst().orElseThrow();
        String body = "# Hand-made\n\nA version file written by hand for this test.\n";
        String text = Files.readString(made);
        String handMade = text.substring(0, text.indexOf("\n---\n") + 5).replace("source: \"uk\"", "source: \"us\"")
                .replaceFirst("version: \"[0-9a-f]+\"", "version: \"0123456789ab\"") + "\n" + body;
        Path file = site.content().resolve("advisories/us/ci/0123456789ab.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, handMade);
        assertThat(site.build(BASE).errors()).isEmpty();
        assertThat(site.text("countries/cote-d-ivoire/us/0123456789ab/index.html")).contains("written by hand for this test");

        site.with(Source.UK, null, "2025-10-01T08:00:00Z", uk("1 October 2025", "30 September 2025", "Note three.",
                "all", "version three"));
        assertThat(site.build(BASE).errors()).isEmpty();
        assertThat(site.text("countries/cote-d-ivoire/us/0123456789ab/index.html"))
                .as("still read when another folder changed").contains("written by hand for this test");
        assertThat(file).hasContent(handMade);
    }

    @Test
    void theSameContentWithNewModificationTimesIsUpToDate() throws Exception {
        TestSite site = twoVersions(new TestSite(dir));
        assertThat(site.build(BASE).errors()).isEmpty();
        touchAll(site.content(), System.currentTimeMillis() - 3_600_000); // as a checkout of the same commit leaves it
        SiteBuild.Result again = site.build(BASE);
        assertThat(again.upToDate()).as("only the times changed").isTrue();
    }

    @Test
    void aFreshCloneWithTheCacheAndSiteOfTheLastBuildConvertsAndRendersNothingAgain() throws Exception {
        TestSite first = twoVersions(new TestSite(dir.resolve("first")));
        assertThat(first.build(BASE).errors()).isEmpty();
        java.util.Map<String, String> built = withoutManifest(first.out());

        // a new clone (new modification times, another folder) given the cache and the site back, as a CI cache does
        TestSite clone = new TestSite(dir.resolve("clone"));
        TestSite.copyTree(first.content(), clone.content());
        TestSite.copyTree(dir.resolve("first/cache"), dir.resolve("clone/cache"));
        TestSite.copyTree(first.out(), clone.out());
        SiteBuild.Result result = clone.build(BASE);
        assertThat(result.errors()).isEmpty();
        assertThat(result.snapshotsConverted()).as("no snapshot converted again").isZero();
        assertThat(result.versionFilesWritten()).isZero();
        assertThat(result.pagesRendered()).as("no page rendered again").isZero();
        assertThat(withoutManifest(clone.out())).isEqualTo(built);

        clone.with(Source.UK, null, "2025-10-01T08:00:00Z", uk("1 October 2025", "30 September 2025", "Note three.",
                "all", "version three"));
        assertThat(buildCounting(clone).snapshotsConverted()).as("then only what is new").isEqualTo(1);
        assertSameAsFullConversion(clone, "after a new snapshot in the clone");
    }

    private TestSite twoVersions(TestSite site) {
        return site.withOwnTemplates()
                .with(Source.UK, null, "2025-09-01T08:00:00Z", uk("1 September 2025", "30 August 2025", "Note one.",
                        "all but essential", "version one"))
                .with(Source.UK, null, "2025-09-08T08:00:00Z", uk("8 September 2025", "7 September 2025", "Note two.",
                        "all but essential", "version two"));
    }

    private static void touchAll(Path folder, long millis) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(millis));
            }
        }
    }

    private static SiteBuild.Result buildCounting(TestSite site) {
        SiteBuild.Result result = site.build(BASE);
        assertThat(result.errors()).isEmpty();
        return result;
    }

    /** The version files (not the folder's LAYOUT marker). */
    private static java.util.Map<String, String> versionFiles(TestSite site) {
        java.util.Map<String, String> files = TestSite.snapshot(site.content().resolve("advisories"));
        files.remove(org.advisorycompare.store.VersionLayout.MARKER);
        return files;
    }

    /** A full conversion: the same archive, no version files, no caches; its version files and site. */
    private void assertSameAsFullConversion(TestSite site, String when) throws IOException {
        Path fresh = Files.createTempDirectory(dir, "full-");
        TestSite full = new TestSite(fresh);
        TestSite.copyTree(site.content().resolve("collected"), full.content().resolve("collected"));
        SiteBuild.Result result = full.build(BASE, full.out(), fresh.resolve("cache"));
        assertThat(result.errors()).isEmpty();
        assertThat(versionFiles(site)).as("version files " + when).isEqualTo(versionFiles(full));
        assertThat(withoutManifest(site.out())).as("site " + when).isEqualTo(withoutManifest(full.out()));
    }

    /** The site's files but its manifest, whose inputs key names the content folder, which differs here. */
    private static java.util.Map<String, String> withoutManifest(Path site) {
        java.util.Map<String, String> files = TestSite.snapshot(site);
        files.remove(PageCache.MANIFEST);
        return files;
    }
}

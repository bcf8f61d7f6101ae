package org.advisorycompare.incremental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentStateTest {
    @TempDir
    Path dir;
    @TempDir
    Path cache;
    private ContentState contentState;

    @BeforeEach
    void archive() throws IOException {
        contentState = new ContentState(cache);
        write("state.json", "{}");
        write("uk/notes.txt", "a file one level down");
        write("uk/ml/a.txt", "one");
        write("uk/ml/a.provenance.json", "{}");
        write("uk/ml/deeper/b.txt", "two");
        write("us/ml/c.xml", "<rss/>");
        write("us/fr/d.xml", "<rss/>");
    }

    @Test
    void eachFolderTwoLevelsDownHasItsOwnStateAndTheFilesAboveThemShareOne() {
        Map<String, String> states = contentState.byFolder(dir, 2);
        assertThat(states).containsOnlyKeys("", "uk/ml", "us/ml", "us/fr");
        assertThat(states.get("uk/ml")).isEqualTo(ContentState.hash(contentState.lines(dir, "uk/ml")));
        assertThat(contentState.lines(dir, "uk/ml")).extracting(line -> line.substring(0, line.indexOf('\t')))
                .containsExactly("uk/ml/a.provenance.json", "uk/ml/a.txt", "uk/ml/deeper/b.txt");
        assertThat(contentState.of(dir, List.of("us/fr", "us/xx"))).containsExactly(Map.entry("us/fr", states.get("us/fr")));
    }

    @Test
    void theListingNamesEveryFileOnceAsTheWalkOfTheFileSystemFindsThem() throws IOException {
        List<String> expected;
        try (Stream<Path> files = Files.walk(dir)) {
            expected = files.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString().replace('\\', '/')).toList();
        }
        assertThat(contentState.listing(dir, 2).files()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(contentState.listing(dir, 0).files()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void anAddedAnEditedAndARemovedFileEachChangeOnlyTheirFoldersState() throws IOException {
        Map<String, String> before = contentState.byFolder(dir, 2);
        String whole = contentState.of(dir);
        assertThat(contentState.byFolder(dir, 2)).isEqualTo(before);
        assertThat(contentState.of(dir)).isEqualTo(whole);

        write("uk/ml/e.txt", "new");
        Map<String, String> added = contentState.byFolder(dir, 2);
        assertThat(changed(before, added)).containsExactly("uk/ml");

        Path edited = dir.resolve("us/ml/c.xml");
        Files.writeString(edited, "<rss></rss>"); // another size
        Map<String, String> afterEdit = contentState.byFolder(dir, 2);
        assertThat(changed(added, afterEdit)).containsExactly("us/ml");
        Files.writeString(edited, "<rss>..</rss>".substring(0, 11)); // the same size, other bytes
        Files.setLastModifiedTime(edited, FileTime.fromMillis(Files.getLastModifiedTime(edited).toMillis() + 5000));
        Map<String, String> sameSize = contentState.byFolder(dir, 2);
        assertThat(changed(afterEdit, sameSize)).containsExactly("us/ml");
        afterEdit = sameSize;

        Files.delete(dir.resolve("uk/notes.txt"));
        assertThat(changed(afterEdit, contentState.byFolder(dir, 2))).contains("").doesNotContain("uk/ml", "us/fr");
        assertThat(contentState.of(dir)).isNotEqualTo(whole);
    }

    @Test
    void aNewModificationTimeWithTheSameBytesLeavesEveryStateAsItWas() throws IOException {
        Map<String, String> before = contentState.byFolder(dir, 2);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 60_000));
            }
        }
        assertThat(contentState.byFolder(dir, 2)).isEqualTo(before);
        assertThat(new ContentState(null).byFolder(dir, 2)).as("the same without a cache").isEqualTo(before);
    }

    @Test
    void aFreshCopyElsewhereHasTheSameFolderStatesWithOrWithoutTheCache(@TempDir Path elsewhere) throws IOException {
        Map<String, String> before = contentState.byFolder(dir, 2);
        Path copy = elsewhere.resolve("content");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path to = copy.resolve(dir.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to); // new modification times
            }
        }
        Map<String, String> copied = contentState.byFolder(copy, 2);
        before.remove(""); // the files above the sub-folders are described with the folder's own path
        copied.remove("");
        assertThat(copied).isEqualTo(before);
    }

    @Test
    void aFileOfUnchangedSizeAndTimeIsNotReadAgainOnceItsTimeHasSettled() throws IOException {
        Path file = dir.resolve("uk/ml/a.txt");
        FileTime settled = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        Files.setLastModifiedTime(file, settled);
        Map<String, String> before = contentState.byFolder(dir, 2);
        Files.writeString(file, "eno"); // the same size; the time put back, as a clock tick too coarse would
        Files.setLastModifiedTime(file, settled);
        assertThat(contentState.byFolder(dir, 2)).as("remembered by size and time").isEqualTo(before);
        assertThat(new ContentState(null).byFolder(dir, 2).get("uk/ml")).as("read").isNotEqualTo(before.get("uk/ml"));
    }

    @Test
    void aFileModifiedTooRecentlyIsReadAgainEvenWithTheSameSizeAndTime() throws IOException {
        Path file = dir.resolve("uk/ml/a.txt");
        // not yet settled: in the future, so that the test does not depend on how fast it runs
        FileTime recent = FileTime.fromMillis(System.currentTimeMillis() + 60_123);
        Files.setLastModifiedTime(file, recent);
        Map<String, String> before = contentState.byFolder(dir, 2);
        Files.writeString(file, "eno");
        Files.setLastModifiedTime(file, recent);
        assertThat(contentState.byFolder(dir, 2).get("uk/ml")).isNotEqualTo(before.get("uk/ml"));
    }

    @Test
    void aTimeIsSettledATickAfterItAndTwoSecondsAfterItWhenInWholeSeconds() {
        long now = 1_700_000_010_000L;
        assertThat(FileHashes.settled(now - 101, now)).isTrue();
        assertThat(FileHashes.settled(now - 99, now)).isFalse();
        assertThat(FileHashes.settled(now + 1, now)).isFalse();
        assertThat(FileHashes.settled(now - 1000, now)).as("whole seconds: perhaps a coarse clock").isFalse();
        assertThat(FileHashes.settled(now - 3000, now)).isTrue();
    }

    @Test
    void aDamagedCacheOnlyMeansTheFilesAreReadAgain() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
            }
        }
        Map<String, String> before = contentState.byFolder(dir, 2);
        try (Stream<Path> files = Files.walk(cache)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.writeString(file, "damaged\tline\nuk/ml\tx\ty\n");
            }
        }
        assertThat(new ContentState(cache).byFolder(dir, 2)).isEqualTo(before);
    }

    @Test
    void linksAreNotFollowedNeitherToFilesNorToFolders() throws IOException {
        Map<String, String> before = contentState.byFolder(dir, 2);
        try {
            Files.createSymbolicLink(dir.resolve("us/fr/link.xml"), dir.resolve("us/ml/c.xml"));
            Files.createSymbolicLink(dir.resolve("uk/ml/elsewhere"), dir.resolve("us"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system makes no symbolic links: " + e);
        }
        assertThat(contentState.byFolder(dir, 2)).isEqualTo(before);
        assertThat(contentState.listing(dir, 2).files()).noneMatch(f -> f.contains("link") || f.contains("elsewhere"));
    }

    @Test
    void aMissingFolderHasAStateThatSaysSoAndNoFiles() {
        Path missing = dir.resolve("nothing");
        assertThat(contentState.byFolder(missing, 2)).containsOnlyKeys("");
        assertThat(contentState.listing(missing, 2).files()).isEmpty();
        assertThat(contentState.lines(dir, "uk/xx")).isEmpty();
    }

    private static List<String> changed(Map<String, String> before, Map<String, String> after) {
        List<String> keys = new ArrayList<>();
        after.forEach((key, state) -> {
            if (!state.equals(before.get(key))) {
                keys.add(key);
            }
        });
        before.keySet().stream().filter(key -> !after.containsKey(key)).forEach(keys::add);
        return keys;
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}

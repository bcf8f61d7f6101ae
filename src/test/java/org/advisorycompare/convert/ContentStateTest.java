package org.advisorycompare.convert;

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

    @BeforeEach
    void archive() throws IOException {
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
        Map<String, String> states = ContentState.byFolder(dir, 2);
        assertThat(states).containsOnlyKeys("", "uk/ml", "us/ml", "us/fr");
        assertThat(states.get("uk/ml")).isEqualTo(ContentState.hash(ContentState.lines(dir, "uk/ml")));
        assertThat(ContentState.lines(dir, "uk/ml")).extracting(line -> line.substring(0, line.indexOf('\t')))
                .containsExactly("uk/ml/a.provenance.json", "uk/ml/a.txt", "uk/ml/deeper/b.txt");
        assertThat(ContentState.of(dir, List.of("us/fr", "us/xx"))).containsExactly(Map.entry("us/fr", states.get("us/fr")));
    }

    @Test
    void theListingNamesEveryFileOnceAsTheWalkOfTheFileSystemFindsThem() throws IOException {
        List<String> expected;
        try (Stream<Path> files = Files.walk(dir)) {
            expected = files.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString().replace('\\', '/')).toList();
        }
        assertThat(ContentState.listing(dir, 2).files()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(ContentState.listing(dir, 0).files()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void anAddedAnEditedAndARemovedFileEachChangeOnlyTheirFoldersState() throws IOException {
        Map<String, String> before = ContentState.byFolder(dir, 2);
        String whole = ContentState.of(dir);
        assertThat(ContentState.byFolder(dir, 2)).isEqualTo(before);
        assertThat(ContentState.of(dir)).isEqualTo(whole);

        write("uk/ml/e.txt", "new");
        Map<String, String> added = ContentState.byFolder(dir, 2);
        assertThat(changed(before, added)).containsExactly("uk/ml");

        Path edited = dir.resolve("us/ml/c.xml");
        Files.writeString(edited, "<rss></rss>"); // another size
        Map<String, String> afterEdit = ContentState.byFolder(dir, 2);
        assertThat(changed(added, afterEdit)).containsExactly("us/ml");
        Files.setLastModifiedTime(edited, FileTime.fromMillis(Files.getLastModifiedTime(edited).toMillis() + 5000));
        assertThat(changed(afterEdit, ContentState.byFolder(dir, 2))).containsExactly("us/ml"); // same size, new time

        Files.delete(dir.resolve("uk/notes.txt"));
        assertThat(changed(afterEdit, ContentState.byFolder(dir, 2))).contains("").doesNotContain("uk/ml", "us/fr");
        assertThat(ContentState.of(dir)).isNotEqualTo(whole);
    }

    @Test
    void linksAreNotFollowedNeitherToFilesNorToFolders() throws IOException {
        Map<String, String> before = ContentState.byFolder(dir, 2);
        try {
            Files.createSymbolicLink(dir.resolve("us/fr/link.xml"), dir.resolve("us/ml/c.xml"));
            Files.createSymbolicLink(dir.resolve("uk/ml/elsewhere"), dir.resolve("us"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system makes no symbolic links: " + e);
        }
        assertThat(ContentState.byFolder(dir, 2)).isEqualTo(before);
        assertThat(ContentState.listing(dir, 2).files()).noneMatch(f -> f.contains("link") || f.contains("elsewhere"));
    }

    @Test
    void aMissingFolderHasAStateThatSaysSoAndNoFiles() {
        Path missing = dir.resolve("nothing");
        assertThat(ContentState.byFolder(missing, 2)).containsOnlyKeys("");
        assertThat(ContentState.listing(missing, 2).files()).isEmpty();
        assertThat(ContentState.lines(dir, "uk/xx")).isEmpty();
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

package org.advisorycompare.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void createsTheFileAndItsMissingFolders() throws IOException {
        Path file = dir.resolve("a/b/c.txt");
        AtomicFiles.replace(file, bytes("first"));
        assertThat(file).hasContent("first");
        assertThat(names(file.getParent())).containsExactly("c.txt");
    }

    @Test
    void replacesAnExistingFileAndLeavesNoTemporaryFileBehind() throws IOException {
        Path file = dir.resolve("c.txt");
        Files.writeString(file, "old text, longer than the new one");
        AtomicFiles.replace(file, bytes("new"));
        AtomicFiles.replace(file, bytes("newer"));
        assertThat(file).hasContent("newer");
        assertThat(names(dir)).containsExactly("c.txt");
    }

    @Test
    void aFolderInTheWayFailsAndLeavesNoTemporaryFileBehind() throws IOException {
        Path file = dir.resolve("c.txt");
        Files.createDirectories(file.resolve("inside"));
        assertThatThrownBy(() -> AtomicFiles.replace(file, bytes("text"))).isInstanceOf(IOException.class);
        assertThat(names(dir)).containsExactly("c.txt");
        assertThat(file).isDirectory();
    }

    @Test
    void aFileWhereAFolderShouldBeFails() throws IOException {
        Files.writeString(dir.resolve("a"), "a file, not a folder");
        assertThatThrownBy(() -> AtomicFiles.replace(dir.resolve("a/c.txt"), bytes("text"))).isInstanceOf(IOException.class);
        assertThat(dir.resolve("a")).hasContent("a file, not a folder");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static java.util.List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

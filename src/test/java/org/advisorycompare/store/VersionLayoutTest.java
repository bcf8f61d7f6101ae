package org.advisorycompare.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Version folders are source first, as the archive is; an earlier destination-first folder is moved, byte for byte. */
class VersionLayoutTest {
    @TempDir
    Path root;

    private void write(String path) throws IOException {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), path);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void anEarlierLayoutIsMovedSourceFirstEvenWhereACountryCodeIsASourcesKey() throws IOException {
        // "us" is the United States' code and the US source's key; "ca" is Canada's and the Canadian source's
        for (String file : List.of("ml/uk/a.md", "ml/us/b.md", "us/uk/c.md", "us/ca/d.md", "ca/us/e.md",
                "il~israel-west-bank-gaza/us/f.md")) {
            write(file);
        }
        VersionLayout.ensure(root);
        assertThat(files()).containsExactly("LAYOUT", "ca/us/d.md", "uk/ml/a.md", "uk/us/c.md", "us/ca/e.md",
                "us/il~israel-west-bank-gaza/f.md", "us/ml/b.md");
        assertThat(Files.readString(root.resolve("us/ca/e.md"))).as("bytes kept").isEqualTo("ca/us/e.md");
        VersionLayout.ensure(root);
        assertThat(files()).as("a source-first folder is left as it is").contains("us/ca/e.md", "ca/us/d.md").hasSize(7);
    }

    @Test
    void aSourceFirstFolderWhoseMarkerWasDeletedIsLeftWhereItIsByWhatItsVersionFilesSay() throws IOException {
        Files.createDirectories(root.resolve("us/ca"));
        Files.writeString(root.resolve("us/ca/a.md"), "---\ncountry:\n  iso2: \"CA\"\nsource: \"us\"\n---\nbody\n");
        Files.createDirectories(root.resolve("ml/uk"));
        Files.writeString(root.resolve("ml/uk/b.md"), "---\nsource: \"uk\"\n---\nbody\n");
        VersionLayout.ensure(root);
        assertThat(files()).containsExactly("LAYOUT", "uk/ml/b.md", "us/ca/a.md");
    }

    @Test
    void aNewFolderIsMadeSourceFirstAndAStoppedMoveIsAnErrorNamingTheFix() throws IOException {
        Path fresh = root.resolve("advisories");
        VersionLayout.ensure(fresh);
        assertThat(Files.readString(fresh.resolve("LAYOUT"))).startsWith("advisories/<source>/<destination folder>/");
        Path stopped = root.resolve("stopped");
        Files.createDirectories(stopped.resolve(".layout-migration/uk/ml"));
        assertThatThrownBy(() -> VersionLayout.ensure(stopped)).isInstanceOf(VersionStoreException.class)
                .hasMessageContaining("stopped").hasMessageContaining("delete " + stopped);
    }
}

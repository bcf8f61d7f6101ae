package org.advisorycompare.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviousManifestTest {
    @TempDir
    Path site;

    private void manifest(String text) throws IOException {
        Files.writeString(site.resolve(PageCache.MANIFEST), text);
    }

    private void file(String path) throws IOException {
        Files.createDirectories(site.resolve(path).getParent());
        Files.writeString(site.resolve(path), "x");
    }

    @Test
    void theInputsKeyIsReadFromTheFirstLineOnlyAndEveryFileIsCheckedWithoutReadingTheKeys() throws IOException {
        manifest(".inputs\tk1\n.group/country/ML\tg1\na/index.html\tp1\tcountry/ML\nfeed.xml\t-\n");
        file("a/index.html");
        file("feed.xml");
        PreviousManifest previous = new PreviousManifest(site);
        assertThat(previous.inputs()).isEqualTo("k1");
        assertThat(previous.filesPresent(site)).as("the two files; not the inputs or group lines").isEqualTo(2);
        Files.delete(site.resolve("feed.xml"));
        assertThat(previous.filesPresent(site)).isEqualTo(-1);
    }

    @Test
    void keysAndGroupsComeFromEveryLine() throws IOException {
        manifest(".inputs\tk1\n.group/country/ML\tg1\na/index.html\tp1\tcountry/ML\nb/index.html\tp2\tcountry/ML\nfeed.xml\t-\n");
        PreviousManifest previous = new PreviousManifest(site);
        assertThat(previous.keys()).containsEntry("a/index.html", "p1").containsEntry("feed.xml", "-")
                .containsEntry(".group/country/ML", "g1").containsEntry(".inputs", "k1").hasSize(5);
        assertThat(previous.groups()).containsExactly(java.util.Map.entry("country/ML", List.of("a/index.html", "b/index.html")));
    }

    @Test
    void aManifestWithoutAnInputsLineOrNoManifestIsNeverUpToDate() throws IOException {
        PreviousManifest none = new PreviousManifest(site);
        assertThat(none.inputs()).isNull();
        assertThat(none.keys()).isEmpty();
        assertThat(none.filesPresent(site)).isEqualTo(-1);
        manifest("a/index.html\tp1\n.inputs\tk1\n"); // a build with errors writes no inputs line first
        assertThat(new PreviousManifest(site).inputs()).isNull();
    }
}

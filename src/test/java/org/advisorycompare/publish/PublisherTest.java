package org.advisorycompare.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.advisorycompare.site.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherTest {
    @TempDir
    Path dir;

    @Test
    void publishReplacesTheWholeSite() throws IOException {
        Path out = dir.resolve("site");
        new Publisher().publish(out, List.of(OutputFile.text("old.html", "old")));
        new Publisher().publish(out, List.of(OutputFile.text("a/new.html", "new")));
        assertThat(out.resolve("old.html")).doesNotExist();
        assertThat(out.resolve("a/new.html")).hasContent("new");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFailedPublishLeavesThePreviousSiteIntact() throws IOException {
        Path out = dir.resolve("site");
        new Publisher().publish(out, List.of(OutputFile.text("index.html", "previous")));
        assertThatThrownBy(() -> new Publisher().publish(out,
                List.of(OutputFile.text("index.html", "new"), OutputFile.text("index.html", "clash"))))
                .isInstanceOf(PublishException.class).hasMessageContaining("index.html").hasMessageContaining("unchanged");
        assertThat(out.resolve("index.html")).hasContent("previous");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void outputPathsCannotEscapeTheSite() {
        assertThatThrownBy(() -> OutputFile.text("../evil.html", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutputFile.text("/abs.html", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }
}

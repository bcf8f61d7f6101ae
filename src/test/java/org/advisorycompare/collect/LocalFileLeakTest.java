package org.advisorycompare.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.advisorycompare.cli.Main;
import org.advisorycompare.read.RawDocument;
import org.advisorycompare.read.UnreadableDocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (critical): a committed symbolic link, a capture part linked to {@code .git/config} or a single
 * snapshot that is a link, was read and published on pages and in feeds; an edited snapshot was published as
 * recorded. Links are refused at import and at build, naming them, and a snapshot whose bytes do not match its
 * sidecar's SHA-256 is set aside; nothing of the linked file reaches the site, and the other documents still build.
 */
class LocalFileLeakTest {
    static final String SECRET = "url = https://x-access-token:ghs_SECRET_TOKEN@github.com/owner/repo";

    @TempDir
    Path dir;

    private Path secret() throws IOException {
        Path file = dir.resolve("outside/.git/config");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "[remote \"origin\"]\n\t" + SECRET + "\n");
        return file;
    }

    private Path capture(String name) throws IOException {
        Path folder = dir.resolve(name);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("info.json"), "{\"name\": \"Mali\", \"update_date\": \"2025-10-30T21:01:05Z\","
                + " \"pages\": [{\"title\": \"Warnings and insurance\"}, {\"title\": \"Health\"}]}");
        Files.writeString(folder.resolve("Warnings and insurance.md"), "# Warnings and insurance\n\nTest fixture: FCDO advises"
                + " against all travel to Mali.\n\n" + "Test fixture paragraph about travel insurance and support. ".repeat(10) + "\n");
        return folder;
    }

    @Test
    void aDocumentOrACapturePartThatIsALinkIsRefusedNamingIt() throws IOException {
        Path folder = capture("capture");
        Files.createSymbolicLink(folder.resolve("Health.md"), secret());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RawDocument.load(folder))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("Health.md").hasMessageContaining("symbolic link");
        Path single = dir.resolve("page.txt");
        Files.createSymbolicLink(single, secret());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RawDocument.load(single))
                .hasMessageContaining("page.txt").hasMessageContaining("symbolic link");
    }

    @Test
    void importOfACaptureWithALinkedPartCopiesNothing() throws IOException {
        Path folder = capture("capture");
        Files.createSymbolicLink(folder.resolve("Health.md"), secret());
        Path content = dir.resolve("content");
        assertThat(Main.run("import", folder.toString(), "--source", "uk", "--content", content.toString())).isEqualTo(1);
        assertThat(content.resolve("collected")).satisfiesAnyOf(p -> assertThat(p).doesNotExist(), p -> assertThat(contents(p)).doesNotContain(SECRET));
    }

    @Test
    void aSnapshotReplacedByALinkOrEditedIsSetAsideAtBuildAndTheOthersStillBuild() throws IOException {
        Path content = dir.resolve("content");
        assertThat(Main.run("import", capture("one").toString(), "--source", "uk", "--content", content.toString())).isZero();
        Path other = dir.resolve("niger.txt");
        Files.writeString(other, "# Warnings and insurance\n\nTest fixture: FCDO advises against all travel to Niger.\n\n"
                + "[Niger](https://www.gov.uk/foreign-travel-advice/niger)\n");
        assertThat(Main.run("import", other.toString(), "--source", "uk", "--content", content.toString())).isZero();
        // a committed link where the Mali capture's part was, and the Niger snapshot edited after it was recorded
        Path part;
        try (Stream<Path> files = Files.walk(content.resolve("collected/uk/ml"))) {
            part = files.filter(p -> p.getFileName().toString().equals("Warnings and insurance.md")).findFirst().orElseThrow();
        }
        Files.delete(part);
        Files.createSymbolicLink(part, secret());
        Path niger;
        try (Stream<Path> files = Files.list(content.resolve("collected/uk/ne"))) {
            niger = files.filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow();
        }
        Files.writeString(niger, Files.readString(niger).replace("all travel", "all but essential travel"));
        Path site = dir.resolve("site");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream before = System.err;
        System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run("build", "--content", content.toString(), "--out", site.toString(), "--cache", dir.resolve("cache").toString());
        } finally {
            System.setErr(before);
        }
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("symbolic link", "Warnings and insurance.md", "SHA-256", niger.getFileName().toString());
        assertThat(site.resolve("index.html")).isRegularFile();
        assertThat(contents(site)).doesNotContain(SECRET, "ghs_SECRET_TOKEN");
    }

    private static String contents(Path root) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
                all.append(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}

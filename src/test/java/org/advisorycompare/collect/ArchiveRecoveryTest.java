package org.advisorycompare.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.advisorycompare.Golden;
import org.advisorycompare.convert.Readers;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: a kill between a document and its sidecar left an orphan that silently never converted and blocked
 * re-importing that snapshot; ".incoming-*" temporaries were never cleaned.
 */
class ArchiveRecoveryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-31T09:15:30Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;

    private Importer importer() {
        return new Importer(new Archive(dir.resolve("collected"), Countries.standard()), Readers.standard(Countries.standard()),
                Countries.standard(), CLOCK);
    }

    private ImportResult importSeed() throws IOException {
        Path file = dir.resolve("uk-text-regional-table-furniture.txt");
        Files.writeString(file, Golden.read("readers/uk-text-regional-table-furniture.txt"));
        return importer().importFiles(new ImportRequest(List.of(file), Source.UK, null, null, null, null, null, null));
    }

    @Test
    void anOrphanIsReportedAndFinishedByImportingTheSameDocumentAgain() throws IOException {
        Path recorded = importSeed().recorded().get(0).file();
        Path sidecar = recorded.resolveSibling(recorded.getFileName().toString().replaceFirst("\\.txt$", ".provenance.json"));
        Files.delete(sidecar); // as a kill between the two writes leaves it
        List<String> report = new Archive(dir.resolve("collected"), Countries.standard()).recover(Duration.ofHours(1));
        assertThat(report).singleElement().asString().contains(recorded.getFileName().toString(), "without its provenance sidecar");
        ImportResult again = importSeed();
        assertThat(again.errors()).isEmpty();
        assertThat(again.recorded()).singleElement().satisfies(s -> assertThat(s.file()).isEqualTo(recorded));
        assertThat(sidecar).isRegularFile();
        assertThat(new Archive(dir.resolve("collected"), Countries.standard()).recover(Duration.ofHours(1))).isEmpty();
    }

    @Test
    void aBuildSaysSoWhenADocumentHasNoSidecarInsteadOfSkippingItSilently() throws IOException {
        Path recorded = importSeed().recorded().get(0).file();
        Files.delete(recorded.resolveSibling(recorded.getFileName().toString().replaceFirst("\\.txt$", ".provenance.json")));
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream before = System.err;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        int code;
        try {
            code = org.advisorycompare.cli.Main.run("build", "--content", dir.toString(), "--out", dir.resolve("site").toString(),
                    "--cache", dir.resolve("cache").toString());
        } finally {
            System.setErr(before);
        }
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).contains(recorded.getFileName().toString(),
                "without its provenance sidecar");
    }

    @Test
    void aStaleTemporaryIsRemovedAndAFreshOneKept() throws IOException {
        importSeed();
        Path folder = dir.resolve("collected/uk/ci");
        Path stale = Files.writeString(folder.resolve(".incoming-123.tmp"), "half a document");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path fresh = Files.writeString(folder.resolve(".incoming-456.tmp"), "being written now");
        List<String> report = new Archive(dir.resolve("collected"), Countries.standard()).recover(Duration.ofHours(1));
        assertThat(report).singleElement().asString().contains(".incoming-123.tmp", "removed");
        assertThat(stale).doesNotExist();
        assertThat(fresh).exists();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.filter(p -> !p.getFileName().toString().startsWith(".incoming-"))).hasSize(2);
        }
    }
}

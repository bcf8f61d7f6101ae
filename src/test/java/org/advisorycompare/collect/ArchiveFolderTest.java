package org.advisorycompare.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole archive folder becomes its documents, each with the government, country, time and archive its place says. */
class ArchiveFolderTest {
    @TempDir
    Path dir;

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void capturesAndFilesAreFoundWithWhatTheirPlaceInTheArchiveSays() throws IOException {
        write("MANIFEST.md", "Collected 2026-11-22 from stored public copies.\n\n| source folder | origin | countries |\n|---|---|---|\n"
                + "| `uk-fcdo_scrape/` | someone/travel-advisories (daily scrape) | 11 |\n");
        write("README.md", "notes");
        write("reference/countries.yml", "- mali");
        write("uk-fcdo_scrape/mali/2025-09-13T061257_5e177adcc/info.json", "{}");
        write("uk-fcdo_scrape/mali/2025-09-13T061257_5e177adcc/Warnings and insurance.md", "# Warnings");
        write("uk-fcdo_scrape/mali/2025-09-13T061257_5e177adcc/_commit.json", "{\"commit\": \"5e177adcc2f09b725b16829f\"}");
        write("us-state_feed/_index/list.json", "[]");
        write("us-state_feed/burkina-faso/2025-10-30__captured-2025-12-12T172434_fbafd11e0.json", "{}");
        write("us-state_feed/burkina-faso/2023-07-31.json", "{}");

        List<ArchiveFolder.Document> documents = ArchiveFolder.documents(dir, null, Countries.standard());

        assertThat(documents).extracting(d -> dir.relativize(d.path()).toString().replace('\\', '/')).containsExactly(
                "uk-fcdo_scrape/mali/2025-09-13T061257_5e177adcc", "us-state_feed/burkina-faso/2023-07-31.json",
                "us-state_feed/burkina-faso/2025-10-30__captured-2025-12-12T172434_fbafd11e0.json");
        ArchiveFolder.Document capture = documents.get(0);
        assertThat(capture.source()).isEqualTo(Source.UK);
        assertThat(capture.countryHint()).isEqualTo("ML");
        assertThat(capture.retrievedHint()).isEqualTo("2025-09-13T06:12:57Z");
        assertThat(capture.kind()).isEqualTo("archived copy from someone/travel-advisories (commit 5e177adcc2f0)");
        assertThat(documents.get(1).retrievedHint()).as("no capture stamp: the archive's collection date").isEqualTo("2026-11-22T00:00:00Z");
        assertThat(documents.get(2)).satisfies(d -> {
            assertThat(d.source()).isEqualTo(Source.US);
            assertThat(d.countryHint()).isEqualTo("BF");
            assertThat(d.retrievedHint()).isEqualTo("2025-12-12T17:24:34Z");
            assertThat(d.kind()).isEqualTo("archived copy from us-state_feed");
        });
        assertThat(ArchiveFolder.isArchive(dir)).isTrue();
        assertThat(ArchiveFolder.isArchive(capture.path())).as("a capture folder is one document").isFalse();
    }

    @Test
    void aDocumentUnderNoGovernmentsFolderNeedsSource() throws IOException {
        write("misc/mali/page.html", "<html></html>");
        assertThatThrownBy(() -> ArchiveFolder.documents(dir, null, Countries.standard()))
                .hasMessageContaining("page.html").hasMessageContaining("--source");
        assertThat(ArchiveFolder.documents(dir, Source.UK, Countries.standard())).singleElement()
                .satisfies(d -> assertThat(d.countryHint()).isEqualTo("ML"));
    }
}

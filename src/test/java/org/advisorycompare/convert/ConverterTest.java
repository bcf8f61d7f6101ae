package org.advisorycompare.convert;

import org.advisorycompare.store.Conversion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Country;
import org.advisorycompare.model.Provenance;
import org.advisorycompare.model.Snapshot;
import org.advisorycompare.model.Source;
import org.advisorycompare.model.StatedDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConverterTest {
    private static final Country MALI = Countries.standard().byIso("ML").orElseThrow();
    private static final String PAGE = """
            # Warnings and insurance

            Still current at:
            :   %s

            Updated:
            :   %s

            Latest update:
            :   Test note.

            FCDO advises against all travel to Mali.
            """;

    @TempDir
    Path dir;

    private Snapshot snapshot(String name, String retrieved, String text) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text);
        return new Snapshot(Source.UK, MALI, file, new Provenance("FCDO", "test fixture", null, retrieved,
                Converter.sha256(Files.readAllBytes(file)), "OGL", name), StatedDate.UNKNOWN);
    }

    @Test
    void aRepublishWithTheSameTextIsAReviewOfTheExistingVersionNotANewOne() throws IOException {
        List<Snapshot> snapshots = List.of(
                snapshot("a.txt", "2025-10-30T08:00:00Z", PAGE.formatted("30 October 2025", "30 October 2025")),
                snapshot("b.txt", "2025-11-02T08:00:00Z", PAGE.formatted("2 November 2025", "1 November 2025")));
        Conversion conversion = new Converter(Readers.standard(Countries.standard())).convert(snapshots);
        assertThat(conversion.errors()).isEmpty();
        AdvisoryVersion version = conversion.versions().get(0);
        assertThat(conversion.versions()).hasSize(1);
        assertThat(version.updated().iso()).isEqualTo("2025-10-30");
        assertThat(version.reviews()).singleElement().satisfies(r -> {
            assertThat(r.updated().iso()).isEqualTo("2025-11-01");
            assertThat(r.reviewed().iso()).isEqualTo("2025-11-02");
            assertThat(r.retrieved()).isEqualTo("2025-11-02T08:00:00Z");
        });
    }

    @Test
    void changedTextIsANewVersionWhateverItsDate() throws IOException {
        List<Snapshot> snapshots = List.of(
                snapshot("a.txt", "2025-10-30T08:00:00Z", PAGE.formatted("30 October 2025", "30 October 2025")),
                snapshot("b.txt", "2025-10-31T08:00:00Z", PAGE.formatted("30 October 2025", "30 October 2025") + "\nA new sentence.\n"));
        Conversion conversion = new Converter(Readers.standard(Countries.standard())).convert(snapshots);
        assertThat(conversion.versions()).hasSize(2).extracting(AdvisoryVersion::versionId).doesNotHaveDuplicates();
    }
}

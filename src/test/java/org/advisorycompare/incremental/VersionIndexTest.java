package org.advisorycompare.incremental;

import org.advisorycompare.convert.Converter;

import org.advisorycompare.store.VersionFile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Details;
import org.advisorycompare.model.Level;
import org.advisorycompare.model.Provenance;
import org.advisorycompare.model.Source;
import org.advisorycompare.model.StatedDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionIndexTest {
    @TempDir
    Path dir;

    private AdvisoryVersion version(String body) {
        return new AdvisoryVersion(Countries.standard().byIso("ML").orElseThrow(), Source.UK, Converter.versionId(body),
                "Mali travel advice", new Level(4, "FCDO advises against all travel to Mali", 4, "regional words"),
                new StatedDate("2025-10-30", "30 October 2025"), StatedDate.UNKNOWN, StatedDate.UNKNOWN, "A note.",
                new Details("mali", List.of("Bamako"), List.of("T"), "https://www.gov.uk/foreign-travel-advice/mali", "reader"),
                new Provenance("FCDO", "test", null, "2025-10-31T00:00:00Z", "ab".repeat(32), "OGL", "collected/uk/ml/x.txt"),
                List.of(new AdvisoryVersion.Review(StatedDate.UNKNOWN, StatedDate.UNKNOWN, "2025-11-01T00:00:00Z", "y.txt")),
                body);
    }

    @Test
    void anUnchangedFolderGetsItsVersionsBackWithTheirTextsReadFromTheirFiles() throws Exception {
        AdvisoryVersion v = version("# Warnings\n\nText one.\n");
        Path file = dir.resolve("v.md");
        Files.writeString(file, VersionFile.write(v));
        VersionIndex index = VersionIndex.in(dir.resolve("versions"), "code-1");
        index.put("uk/ml", "state-1", List.of(v), null, null);

        List<AdvisoryVersion> back = VersionIndex.in(dir.resolve("versions"), "code-1").versions("uk/ml", "state-1", (c, s, id) -> file);
        assertThat(back).containsExactly(v);
        assertThat(back.get(0).body()).isEqualTo("# Warnings\n\nText one.\n");
        assertThat(back.get(0).content().sha256()).isEqualTo(v.content().sha256());
    }

    @Test
    void theLastBuildsEntryComesBackWhateverTheStateWithEveryFactAndTheFilesItWasMadeFrom() throws Exception {
        AdvisoryVersion full = version("# Warnings\n\nText one.\n");
        AdvisoryVersion sparse = new AdvisoryVersion(Countries.standard().byIso("ML").orElseThrow(), Source.US,
                Converter.versionId("Text two.\n"), null, Level.UNKNOWN, StatedDate.UNKNOWN, StatedDate.UNKNOWN,
                StatedDate.UNKNOWN, null, Details.NONE, new Provenance(null, null, null, "2025-11-02T00:00:00Z", null, null,
                        "us/ml/z.xml"), List.of(), "Text two.\n");
        Path file = dir.resolve("v.md");
        Files.writeString(file, VersionFile.write(full));
        VersionIndex.in(dir.resolve("versions"), "code-1").put("uk/ml", "state-1", List.of(full, sparse),
                List.of("uk/ml/x.txt\t10\t1000", "uk/ml/x.provenance.json\t20\t1000"), "version-files-1");

        VersionIndex.Previous back = VersionIndex.in(dir.resolve("versions"), "code-1").previous("uk/ml", (c, s, id) -> file);
        assertThat(back.versions()).containsExactly(full, sparse);
        assertThat(back.versions()).extracting(AdvisoryVersion::toString).containsExactly(full.toString(), sparse.toString());
        assertThat(back.archiveFiles()).containsExactly("uk/ml/x.txt\t10\t1000", "uk/ml/x.provenance.json\t20\t1000");
        assertThat(back.versionFiles()).isEqualTo("version-files-1");
        assertThat(VersionIndex.in(dir.resolve("versions"), "code-2").previous("uk/ml", (c, s, id) -> file)).isNull();
        VersionIndex.in(dir.resolve("versions"), "code-1").put("uk/ml", "state-1", List.of(full), null, null);
        assertThat(VersionIndex.in(dir.resolve("versions"), "code-1").previous("uk/ml", (c, s, id) -> file))
                .as("an entry that does not say which files it came from").isNull();
    }

    @Test
    void aChangedFolderOrOtherCodeOrADamagedEntryGivesNothing() throws Exception {
        VersionIndex index = VersionIndex.in(dir.resolve("versions"), "code-1");
        index.put("uk/ml", "state-1", List.of(version("Text.\n")), null, null);
        assertThat(VersionIndex.in(dir.resolve("versions"), "code-1").versions("uk/ml", "state-2", (c, s, id) -> dir)).isNull();
        assertThat(VersionIndex.in(dir.resolve("versions"), "code-2").versions("uk/ml", "state-1", (c, s, id) -> dir)).isNull();
        assertThat(VersionIndex.in(dir.resolve("versions"), "code-1").versions("us/ml", "state-1", (c, s, id) -> dir)).isNull();
        Path entry = dir.resolve("versions/uk/ml.bin");
        byte[] whole = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(whole, whole.length / 2)); // cut off, as by a full disk
        assertThat(VersionIndex.in(dir.resolve("versions"), "code-1").versions("uk/ml", "state-1", (c, s, id) -> dir)).isNull();
    }
}

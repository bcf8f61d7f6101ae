package org.advisorycompare.convert;

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
    void aChangedFolderOrOtherCodeOrADamagedEntryGivesNothing() throws Exception {
        VersionIndex index = VersionIndex.in(dir.resolve("versions"), "code-1");
        index.put("uk/ml", "state-1", List.of(version("Text.\n")), null, null);
        assertThat(VersionIndex.in(dir.resolve("versions"), "code-1").versions("uk/ml", "state-2", (c, s, id) -> dir)).isNull();
        assertThat(VersionIndex.in(dir.resolve("versions"), "code-2").versions("uk/ml", "state-1", (c, s, id) -> dir)).isNull();
        assertThat(VersionIndex.in(dir.resolve("versions"), "code-1").versions("us/ml", "state-1", (c, s, id) -> dir)).isNull();
        Files.writeString(dir.resolve("versions/uk/ml.json"), "{\"code\": \"code-1\", \"state\": \"state-1\", \"versions\": [tru");
        assertThat(VersionIndex.in(dir.resolve("versions"), "code-1").versions("uk/ml", "state-1", (c, s, id) -> dir)).isNull();
    }
}

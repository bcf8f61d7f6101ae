package org.advisorycompare.realdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.advisorycompare.collect.Archive;
import org.advisorycompare.collect.ImportRequest;
import org.advisorycompare.collect.ImportResult;
import org.advisorycompare.collect.Importer;
import org.advisorycompare.convert.Converter;
import org.advisorycompare.convert.Readers;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Snapshot;
import org.advisorycompare.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: with both UK archives imported, one FCDO publication (Mali, 12 September 2025) became two
 * versions, and most "changes" fell between two captures of one publication. The two archives' captures of
 * Mali are imported whole; a page capture and a text capture are of the same publication when the text
 * capture's change note (its commit subject) is the page's "Latest update" and it was fetched within a day
 * of the page's update. Every such pair is one version that names both captures.
 */
class OnePublicationOneVersionIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Countries countries = Countries.standard();

    @TempDir
    Path dir;

    @Test
    void bothUkArchivesOfMaliGiveOneVersionPerPublicationNamingEveryCapture() throws IOException {
        Importer importer = new Importer(new Archive(dir.resolve("collected"), countries), Readers.standard(countries),
                countries, Clock.systemUTC());
        Map<Path, String> recorded = new HashMap<>(); // capture folder -> archive path of its snapshot
        List<Path> pages = RealData.versions("uk-fcdo_marcolussetti", "mali");
        List<Path> texts = RealData.versions("uk-fcdo_fco-backup", "mali");
        for (Path capture : Stream.concat(texts.stream(), pages.stream()).toList()) {
            ImportResult result = importer.importFiles(new ImportRequest(List.of(capture), Source.UK, "ML", null, null, null, null, null));
            assertThat(result.errors()).as(capture.toString()).isEmpty();
            Snapshot snapshot = result.recorded().isEmpty() ? result.alreadyCollected().get(0) : result.recorded().get(0);
            recorded.put(capture, snapshot.provenance().collectedFile());
        }
        List<AdvisoryVersion> versions = new Converter(Readers.standard(countries)).convert(
                new Archive(dir.resolve("collected"), countries).snapshots()).versions();
        Map<String, String> versionOf = new HashMap<>(); // archive path -> version id
        for (AdvisoryVersion v : versions) {
            versionOf.put(v.provenance().collectedFile(), v.versionId());
            v.reviews().forEach(r -> versionOf.put(r.collectedFile(), v.versionId()));
        }
        List<String> pairs = new ArrayList<>();
        for (Path page : pages) {
            JsonNode info = JSON.readTree(page.resolve("info.json").toFile());
            Instant updated = Instant.parse(java.time.OffsetDateTime.parse(info.get("update_date").asText()).toInstant().toString());
            String note = words(info.get("update_reason").asText());
            for (Path text : texts) {
                JsonNode commit = JSON.readTree(text.resolve("_commit.json").toFile());
                Instant fetched = java.time.OffsetDateTime.parse(commit.get("commit_date").asText()).toInstant();
                String subject = words(commit.get("commit_subject").asText().replaceFirst("^Mali:\\s*", ""));
                if (subject.equals(note) && !fetched.isBefore(updated) && fetched.isBefore(updated.plus(Duration.ofDays(1)))) {
                    pairs.add(page.getFileName() + " + " + text.getFileName());
                    assertThat(versionOf.get(recorded.get(text))).as("%s and %s are one publication", page, text)
                            .isEqualTo(versionOf.get(recorded.get(page)));
                }
            }
        }
        assertThat(pairs).as("publications both archives captured").contains("2025-09-13T061257_5e177adcc + 2025-09-12T122602_976094582");
        AdvisoryVersion september = versions.stream().filter(v -> v.versionId().equals(versionOf.get(recorded.get(
                pages.stream().filter(p -> p.getFileName().toString().startsWith("2025-09-13")).findFirst().orElseThrow())))).findFirst().orElseThrow();
        assertThat(september.reviews()).hasSize(1);
        assertThat(september.updated().iso()).as("the date the page capture states fills the text capture's unknown").startsWith("2025-09-12");
    }

    private static String words(String text) {
        return text.replaceAll("[\\s\\u00a0]+", " ").strip();
    }
}

package org.advisorycompare.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.advisorycompare.Golden;
import org.advisorycompare.convert.Converter;
import org.advisorycompare.convert.Readers;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Snapshot;
import org.advisorycompare.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-31T09:15:30.123Z"), ZoneOffset.UTC);
    private final Countries countries = Countries.standard();

    @TempDir
    Path dir;

    private Importer importer() {
        return new Importer(new Archive(dir.resolve("collected"), countries), Readers.standard(countries), countries, CLOCK);
    }

    private Path fixture(String name) throws IOException {
        Path file = dir.resolve(name + ".txt");
        Files.writeString(file, Golden.read("readers/" + name + ".txt"));
        return file;
    }

    private static ImportRequest request(Source source, String country, Path... files) {
        return new ImportRequest(List.of(files), source, country, null, null, null, null, null);
    }

    @Test
    void recordsTheBytesAsTheyAreWithAProvenanceSidecar() throws IOException {
        Path file = fixture("uk-text-regional-table-furniture");
        ImportResult result = importer().importFiles(new ImportRequest(List.of(file), Source.UK, null, null,
                "https://www.gov.uk/foreign-travel-advice/cote-d-ivoire", "test fixture", null, null));

        assertThat(result.errors()).isEmpty();
        Snapshot snapshot = result.recorded().get(0);
        assertThat(Files.readAllBytes(snapshot.file())).isEqualTo(Files.readAllBytes(file));
        assertThat(dir.relativize(snapshot.file()).toString().replace('\\', '/'))
                .isEqualTo("collected/uk/ci/20251031T091530Z-" + snapshot.provenance().sha256().substring(0, 12) + ".txt");
        assertThat(snapshot.country().iso2()).isEqualTo("CI");
        assertThat(snapshot.provenance().sha256()).isEqualTo(Converter.sha256(Files.readAllBytes(file)));
        assertThat(snapshot.provenance().retrieved()).isEqualTo("2025-10-31T09:15:30Z");
        assertThat(snapshot.provenance().licence()).isEqualTo("Open Government Licence v3.0");
        assertThat(snapshot.provenance().documentKind()).isEqualTo("test fixture");
        assertThat(snapshot.provenance().url()).isEqualTo("https://www.gov.uk/foreign-travel-advice/cote-d-ivoire");
    }

    @Test
    void sidecarRecordsThePublishedDateStatedInTheText() throws IOException {
        Snapshot snapshot = importer().importFiles(request(Source.US, null, fixture("us-text-level-debris"))).recorded().get(0);
        assertThat(snapshot.published().iso()).isEqualTo("2025-10-30");
        assertThat(snapshot.published().stated()).isEqualTo("October 30, 2025");
        assertThat(snapshot.provenance().licence()).contains("Public domain");
    }

    @Test
    void publishedOptionIsUsedOnlyWhereTheTextStatesNoDate() throws IOException {
        Path file = dir.resolve("plain.txt");
        Files.writeString(file, "Test fixture sentence without a date.\n");
        Snapshot snapshot = importer().importFiles(new ImportRequest(List.of(file), Source.US, "ML", "2025-10-28",
                null, null, null, null)).recorded().get(0);
        assertThat(snapshot.published().iso()).isEqualTo("2025-10-28");
    }

    @Test
    void importingTheSameDocumentTwiceRecordsItOnce() throws IOException {
        Path file = fixture("us-text-level-debris");
        importer().importFiles(request(Source.US, null, file));
        ImportResult second = importer().importFiles(request(Source.US, null, file));
        assertThat(second.recorded()).isEmpty();
        assertThat(second.alreadyCollected()).hasSize(1);
        assertThat(documentsIn(dir.resolve("collected"))).hasSize(2);
    }

    @Test
    void aDocumentWithoutACountryNeedsTheCountryOption() throws IOException {
        Path file = dir.resolve("no-country.txt");
        Files.writeString(file, "Test fixture sentence that names no country.\n");
        ImportResult result = importer().importFiles(request(Source.US, null, file));
        assertThat(result.errors()).singleElement().asString().contains("no-country.txt", "--country");
        assertThat(importer().importFiles(request(Source.US, "ml", file)).recorded())
                .singleElement().extracting(s -> s.country().iso2()).isEqualTo("ML");
    }

    @Test
    void aCountryOptionThatContradictsTheDocumentIsRefused() throws IOException {
        ImportResult result = importer().importFiles(request(Source.US, "ML", fixture("us-text-level-debris")));
        assertThat(result.recorded()).isEmpty();
        assertThat(result.errors()).singleElement().asString().contains("France (FR)", "--country says ML");
    }

    @Test
    void aBadFileIsReportedByNameAndTheOthersStillImport() throws IOException {
        Path empty = dir.resolve("empty.txt");
        Files.write(empty, new byte[0]);
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Mali, 29 October 2025 - Caf\u00e9 test.".getBytes(StandardCharsets.ISO_8859_1));
        ImportResult result = importer().importFiles(request(Source.US, null, empty, fixture("us-text-level-debris"), latin1));
        assertThat(result.recorded()).hasSize(1);
        assertThat(result.errors()).hasSize(2);
        assertThat(result.errors().get(0).message()).contains("empty.txt", "empty");
        assertThat(result.errors().get(1).message()).contains("latin1.txt", "UTF-8");
    }

    @Test
    void theArchiveNeverOverwritesAnExistingFile() throws IOException {
        Path file = fixture("us-text-level-debris");
        Snapshot first = importer().importFiles(request(Source.US, null, file)).recorded().get(0);
        Files.delete(first.file().resolveSibling(first.file().getFileName().toString().replace(".txt", ".provenance.json")));
        Files.writeString(first.file(), "other bytes under the name");
        byte[] before = Files.readAllBytes(first.file());
        // the sidecar is gone and the file under its name holds other bytes: it is not this document's orphan, and
        // nothing is overwritten (the same bytes would be an orphan, finished: see ArchiveRecoveryTest)
        ImportResult again = importer().importFiles(request(Source.US, null, file));
        assertThat(again.errors()).singleElement().asString().contains("already exists");
        assertThat(Files.readAllBytes(first.file())).isEqualTo(before);
    }

    private static List<Path> documentsIn(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void aFeedWithAnUnplacedDestinationImportsEveryOtherItemAndKeepsACompositeInItsHomeFolder() throws IOException {
        Path feed = dir.resolve("feed.xml");
        Files.writeString(feed, Golden.read("readers/state-rss-feed-unplaced-and-entities.xml"));
        ImportResult result = importer().importFiles(request(Source.US, null, feed));
        assertThat(result.errors()).singleElement().asString().contains("Republic of Nowhere", "--country");
        assertThat(result.recorded()).extracting(s -> dir.relativize(s.file().getParent()).toString().replace('\\', '/'))
                .containsExactlyInAnyOrder("collected/us/pm", "collected/us/ci", "collected/us/il~israel-west-bank-gaza");
        String sidecar;
        try (Stream<Path> files = Files.list(dir.resolve("collected/us/il~israel-west-bank-gaza"))) {
            sidecar = Files.readString(files.filter(p -> p.toString().endsWith(".provenance.json")).findFirst().orElseThrow());
        }
        assertThat(sidecar).contains("\"destination\" : \"israel-west-bank-gaza\"",
                "\"destination_name\" : \"Israel, the West Bank and Gaza\"", "\"country\" : \"IL\"");
    }

    @Test
    void aCountryTheDestinationCoversIsAcceptedAndTheDocumentKeptInTheDestinationsHomeFolder() throws IOException {
        Path feed = dir.resolve("israel.xml");
        String whole = Golden.read("readers/state-rss-feed-unplaced-and-entities.xml");
        String item = whole.substring(whole.indexOf("<item>", whole.indexOf("Israel, the West Bank") - 40), whole.indexOf("</item>",
                whole.indexOf("Israel, the West Bank")) + 7);
        Files.writeString(feed, whole.substring(0, whole.indexOf("<item>")) + item + "\n  </channel>\n</rss>\n");
        ImportResult result = importer().importFiles(request(Source.US, "PS", feed));
        assertThat(result.errors()).isEmpty();
        assertThat(result.recorded()).singleElement().satisfies(s -> {
            assertThat(s.country().iso2()).isEqualTo("IL");
            assertThat(s.file().getParent().getFileName().toString()).isEqualTo("il~israel-west-bank-gaza");
        });
    }
}

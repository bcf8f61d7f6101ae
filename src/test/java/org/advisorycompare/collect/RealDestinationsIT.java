package org.advisorycompare.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.advisorycompare.read.DocumentReader;
import org.advisorycompare.read.Extraction;
import org.advisorycompare.read.RawDocument;
import org.advisorycompare.convert.Readers;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Country;
import org.advisorycompare.model.Destination;
import org.advisorycompare.model.Destinations;
import org.advisorycompare.model.Source;
import org.junit.jupiter.api.Test;

/**
 * Every destination on the governments' real lists in {@code ../shared/realdata} is placed on countries:
 * the State Department's feed items of December 2025, April 2026 and August 2026 (read through the
 * feed reader, titles and links as the feed has them) and GOV.UK's list of travel advice countries.
 */
class RealDestinationsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Readers readers = Readers.standard(Countries.standard());

    static Path realdata() {
        Path root = Path.of(System.getProperty("advisorycompare.shared", "../shared")).resolve("realdata");
        assumeTrue(Files.isDirectory(root), "skipping: real samples not found at " + root.toAbsolutePath()
                + " (they live in ../shared/realdata beside a checkout)");
        return root;
    }

    /** The archived lists of the State Department's feed, oldest first. */
    static List<Path> usIndexes() throws IOException {
        try (Stream<Path> files = Files.list(realdata().resolve("us-state_schofield-rss/_index"))) {
            return files.sorted().toList();
        }
    }

    /** Each item of an archived list as it is in the feed: its full title and its link. */
    static List<String[]> items(Path index) throws IOException {
        List<String[]> items = new ArrayList<>();
        for (JsonNode item : JSON.readTree(index.toFile())) {
            items.add(new String[] {item.get("full_title").asText(), item.path("remote_link").asText(item.path("link").asText()),
                item.get("date").asText()});
        }
        return items;
    }

    private List<Extraction> readFeed(List<String[]> items) {
        RawDocument feed = RawDocument.single("TAsTWs.xml", UsFeeds.feed(items).getBytes(StandardCharsets.UTF_8));
        DocumentReader.Split split = readers.split(Source.US, feed);
        assertThat(split.skipped()).isEmpty();
        return split.documents().stream().map(d -> readers.read(Source.US, d)).toList();
    }

    @Test
    void everyItemOfEveryArchivedStateDepartmentListIsPlaced() throws IOException {
        for (Path index : usIndexes()) {
            List<String[]> items = items(index);
            List<Extraction> read = readFeed(items);
            assertThat(read).as(index.toString()).hasSize(items.size());
            for (int i = 0; i < read.size(); i++) {
                assertThat(read.get(i).country()).as(index.getFileName() + ": " + items.get(i)[0] + " " + items.get(i)[1]).isNotNull();
            }
        }
    }

    @Test
    void theAugust2026ListPlacesItsCompositeAndAmbiguousDestinations() throws IOException {
        List<String[]> items = items(usIndexes().get(usIndexes().size() - 1));
        assertThat(items).hasSize(217);
        List<Extraction> read = readFeed(items);
        assertThat(covers(read, "china-travel-advisory.html")).containsExactly("CN");
        assertThat(covers(read, "macau-travel-advisory1.html")).containsExactly("MO");
        assertThat(covers(read, "hong-kong-travel-advisory1.html")).containsExactly("HK");
        assertThat(covers(read, "denmark-travel-advisory.html")).containsExactly("DK", "GL", "FO");
        assertThat(covers(read, "french-west-indies-travel-advisory.html")).containsExactly("GP", "MQ", "BL", "MF");
        assertThat(covers(read, "bonaire-travel-advisory.html")).containsExactly("BQ");
        assertThat(covers(read, "saba-travel-advisory.html")).containsExactly("BQ");
        assertThat(covers(read, "sint-eustatius-travel-advisory.html")).containsExactly("BQ");
        assertThat(covers(read, "the-kyrgyz-republic-travel-advisory.html")).containsExactly("KG");
        assertThat(covers(read, "destination.gnb.html")).containsExactly("GW");
        // three Caribbean Netherlands destinations, each in its own folder: three histories on one country's page
        assertThat(read.stream().filter(e -> e.country().iso2().equals("BQ")).map(e -> destination(e).folder()))
                .containsExactlyInAnyOrder("bq~bonaire", "bq~saba", "bq~sint-eustatius");
    }

    private static Destination destination(Extraction e) {
        return e.details().destination() != null ? e.details().destination() : Destination.of(e.country());
    }

    private static List<String> covers(List<Extraction> read, String page) {
        return read.stream().filter(e -> e.details().url().endsWith("/" + page)).findFirst()
                .map(e -> destination(e).covers().stream().map(Country::iso2).toList()).orElseThrow();
    }

    @Test
    void everyGovUkDestinationOfTheReferenceListIsPlaced() throws IOException {
        JsonNode list = new ObjectMapper(new YAMLFactory())
                .readTree(realdata().resolve("reference/travel-advice-publisher_countries.yml").toFile());
        assertThat(list.size()).isGreaterThan(220);
        List<String> unplaced = new ArrayList<>();
        for (JsonNode destination : list) {
            String name = destination.get("name").asText();
            String slug = destination.get("slug").asText();
            if (Destinations.standard().place(Source.UK, null, slug, null).isEmpty()
                    || Destinations.standard().place(Source.UK, name, null, null).isEmpty()) {
                unplaced.add(name + " (" + slug + ")");
            }
        }
        assertThat(unplaced).isEmpty();
        assertThat(Destinations.standard().place(Source.UK, "Cook Islands, Tokelau and Niue", "cook-islands-tokelau-and-niue", null)
                .orElseThrow().covers()).extracting(Country::iso2).containsExactly("CK", "TK", "NU");
    }
}

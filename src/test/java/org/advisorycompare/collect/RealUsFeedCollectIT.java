package org.advisorycompare.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.advisorycompare.cli.Main;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Snapshot;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code collect --source us} against a local server serving a State Department feed built from all 217
 * real titles and links of August 2026 plus one invented destination: every real destination is recorded,
 * the invented one is set aside on its own and named, and the site built from it shows each destination
 * on the countries it covers.
 */
class RealUsFeedCollectIT {
    static final String INVENTED = "Republic of Nowhere - Level 2: Exercise Increased Caution";
    @TempDir
    Path work;
    FixtureServer server;

    @BeforeEach
    void start() throws IOException {
        server = new FixtureServer();
        List<String[]> items = new ArrayList<>(RealDestinationsIT.items(RealDestinationsIT.usIndexes()
                .get(RealDestinationsIT.usIndexes().size() - 1)));
        items.add(new String[] {INVENTED, "https://travel.state.gov/content/travel/en/traveladvisories/traveladvisories/nowhere-travel-advisory.html",
            "Fri, 21 Aug 2026"});
        server.on(StateFeedAdapter.FEED, FixtureServer.Reply.ok(UsFeeds.feed(items), CollectorTest.RSS));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Run collect() {
        return run("collect", "--source", "us", "--content", work.resolve("content").toString(), "--endpoint",
                "us=" + server.origin(), "--contact", "https://example.test/contact");
    }

    private static Run run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream before = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new Run(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(before);
        }
    }

    record Run(int exit, String err) {
    }

    private List<Snapshot> snapshots() {
        return new Archive(work.resolve("content/collected"), Countries.standard()).snapshots();
    }

    @Test
    void everyRealDestinationIsRecordedAndTheUnknownOneIsSetAsideAlone() throws IOException {
        Run first = collect();
        assertThat(first.exit()).as(first.err()).isEqualTo(2);
        assertThat(first.err()).contains("Republic of Nowhere", "destinations.tsv");
        assertThat(snapshots()).hasSize(217);
        try (Stream<Path> kept = Files.list(work.resolve("content/quarantine/us"))) {
            assertThat(kept.filter(p -> p.toString().endsWith(".bin")).toList()).singleElement()
                    .satisfies(p -> assertThat(Files.readString(p)).contains("Republic of Nowhere").doesNotContain("Mozambique"));
        }
        Run second = collect();
        assertThat(second.exit()).isEqualTo(2);
        assertThat(snapshots()).as("a second run records nothing new").hasSize(217);
        assertThat(second.err()).contains("Republic of Nowhere");

        Path site = work.resolve("site");
        Run build = run("build", "--content", work.resolve("content").toString(), "--out", site.toString(), "--cache",
                work.resolve("cache").toString());
        assertThat(build.exit()).as(build.err()).isZero();
        assertThat(usLevels(site, "china")).containsExactly("Level 2: Exercise Increased Caution");
        assertThat(usLevels(site, "macao")).containsExactly("Level 3: Reconsider Travel",
                "Level 2: Exercise Increased Caution"); // its own item "Macau", then the China advisory's Macau summary
        assertThat(usLevels(site, "hong-kong")).hasSize(2);
        assertThat(usLevels(site, "caribbean-netherlands")).hasSize(3);
        assertThat(usLevels(site, "denmark")).containsExactly("Level 2: Exercise Increased Caution");
        assertThat(usLevels(site, "greenland")).containsExactly("Level 2: Exercise Increased Caution");
        Document greenland = page(site, "greenland");
        assertThat(greenland.select("section.side-us .covers").text())
                .isEqualTo("The US advice “Kingdom of Denmark” covers Denmark, Greenland and Faroe Islands."
                        + " Its versions are listed under Denmark.");
        assertThat(greenland.select("section.side-us a:containsOwn(this version)").attr("href")).startsWith("../denmark/us/");
        assertThat(site.resolve(greenland.select("section.side-us a:containsOwn(this version)").attr("href")
                .replace("../", "countries/") + "index.html")).isRegularFile();
        assertThat(page(site, "caribbean-netherlands").select("section.side-us h3").eachText())
                .containsExactly("United States: Bonaire", "United States: Saba", "United States: Sint Eustatius");
    }

    @Test
    void israelsPageShowsTheUsAdvisorysOwnName() throws IOException {
        Path capture = RealDestinationsIT.realdata().resolve("us-state_marcolussetti/israel");
        Path first;
        try (Stream<Path> versions = Files.list(capture)) {
            first = versions.sorted().findFirst().orElseThrow();
        }
        Run imported = run("import", first.toString(), "--source", "us", "--content", work.resolve("content").toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(work.resolve("content/collected/us/il~israel-west-bank-gaza")).isDirectory();
        Path site = work.resolve("site");
        assertThat(run("build", "--content", work.resolve("content").toString(), "--out", site.toString(), "--cache",
                work.resolve("cache").toString()).exit()).isZero();
        for (String slug : List.of("israel", "palestinian-territories")) {
            Document page = page(site, slug);
            assertThat(page.select("section.side-us h3").text()).isEqualTo("United States: Israel, the West Bank and Gaza");
            assertThat(page.select("section.side-us .covers").text())
                    .startsWith("The US advice “Israel, the West Bank and Gaza” covers Israel and Palestinian Territories.");
        }
        String data = Files.readString(site.resolve("data/advisories.json"));
        assertThat(data).contains("\"name\":\"Israel, the West Bank and Gaza\"", "\"covers\":[\"IL\",\"PS\"]");
    }

    private static Document page(Path site, String slug) throws IOException {
        return Jsoup.parse(site.resolve("countries/" + slug + "/index.html").toFile(), "UTF-8");
    }

    /** The US level words of each US destination in the country page's level table. */
    private static List<String> usLevels(Path site, String slug) throws IOException {
        return page(site, slug).select("section.side-us .facts .level .native").eachText().stream()
                .filter(t -> t.startsWith("Level")).toList();
    }
}

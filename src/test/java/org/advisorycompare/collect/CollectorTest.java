package org.advisorycompare.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.advisorycompare.Golden;
import org.advisorycompare.convert.Readers;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Snapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;

/** The collector against a local server that serves fixtures in the real shapes (no internet). */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class CollectorTest {
    static final String JSON = "application/json";
    static final String RSS = "application/rss+xml";
    static final String INDEX = UkContentApiAdapter.INDEX;

    @TempDir
    Path content;
    @TempDir
    Path output;
    FixtureServer server;
    final List<Duration> slept = new ArrayList<>();
    final List<String> log = new ArrayList<>();
    int second;

    @BeforeEach
    void start() throws IOException {
        server = new FixtureServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static String index(String... slugs) {
        StringBuilder children = new StringBuilder();
        for (String slug : slugs) {
            children.append(children.isEmpty() ? "" : ",").append("{\"api_path\": \"").append(INDEX).append('/').append(slug)
                    .append("\", \"base_path\": \"/foreign-travel-advice/").append(slug)
                    .append("\", \"details\": {\"country\": {\"slug\": \"").append(slug).append("\"}}}");
        }
        return "{\"base_path\": \"/foreign-travel-advice\", \"document_type\": \"travel_advice_index\", \"links\": {\"children\": ["
                + children + "]}}";
    }

    /** A country's Content API JSON in the real shape (synthetic text). */
    static String country(String slug, String name, String code, String note) {
        return """
                {"base_path": "/foreign-travel-advice/%s", "document_type": "travel_advice", "title": "%s travel advice",
                 "public_updated_at": "2025-11-01T10:00:00+00:00",
                 "details": {"alert_status": ["%s"], "change_description": "%s",
                   "country": {"name": "%s", "slug": "%s"}, "reviewed_at": "2025-11-01T10:00:00Z",
                   "parts": [{"slug": "warnings-and-insurance", "title": "Warnings and insurance",
                     "body": "<p>Test fixture text for %s: %s.</p><p>More test fixture text so that the body is not tiny.</p>"}]}}
                """.formatted(slug, name, code, note, name, slug, name, note);
    }

    /** Canada's index in the real shape: {@code data.<ISO2>} with the level and names. */
    static String canadaIndex(String... isoCodes) {
        StringBuilder data = new StringBuilder();
        for (String iso : isoCodes) {
            data.append(data.isEmpty() ? "" : ",").append("\"").append(iso).append("\": {\"country-iso\": \"").append(iso)
                    .append("\", \"advisory-state\": 2, \"has-regional-advisory\": 0, \"eng\": {\"name\": \"Test ")
                    .append(iso).append("\"}}");
        }
        return "{\"metadata\": {\"generated\": {\"timestamp\": 1762074000, \"date\": \"2025-11-02 09:00:00\"}}, \"data\": {"
                + data + "}}";
    }

    /** One destination's {@code cta-cap-<iso2>.json} in the real shape (synthetic text). */
    static String canadaCountry(String iso, String name, int state, String words, String note) {
        return """
                {"metadata": {"generated": {"timestamp": 1762074000, "date": "2025-11-02 09:00:00"}},
                 "data": {"country-iso": "%s", "advisory-state": %d, "has-advisory-warning": 1, "has-regional-advisory": 0,
                  "has-content": 1, "update-metadata": "Editorial change",
                  "eng": {"name": "%s", "url-slug": "%s", "geo-group": "Africa", "friendly-date": "November 1, 2025 10:00 EDT",
                   "advisory-text": "%s", "recent-updates": "%s",
                   "advisories": "<div class=\\"AdvisoryContainer\\"><h3>%s - %s</h3><p>%s: test fixture text for %s.</p></div>",
                   "security": "<h3>Crime</h3><p>More test fixture text so that the body is not tiny.</p>"}}}
                """.formatted(iso, state, name, name.toLowerCase(java.util.Locale.ROOT), words, note, name.toUpperCase(java.util.Locale.ROOT),
                words.toUpperCase(java.util.Locale.ROOT), words, name);
    }

    private void canadaServes(String maliNote) {
        server.on(CanadaOpenDataAdapter.INDEX, FixtureServer.Reply.ok(canadaIndex("ML", "HT"), JSON))
                .on("/travel-voyage/cta-cap-ml.json", FixtureServer.Reply.ok(canadaCountry("ML", "Mali", 3, "Avoid all travel", maliNote), JSON))
                .on("/travel-voyage/cta-cap-ht.json", FixtureServer.Reply.ok(canadaCountry("HT", "Haiti", 3, "Avoid all travel", "Haiti note"), JSON));
    }

    /** Generous deadlines, so that a slow machine does not fail the tests; the timeout test sets its own. */
    private CollectConfig config() {
        return config(Duration.ofSeconds(5));
    }

    private CollectConfig config(Duration requestTimeout) {
        return new CollectConfig("https://example.test/contact", Duration.ofSeconds(5), requestTimeout, 200_000, 3, 2,
                Duration.ZERO, Duration.ofMillis(5), Map.of());
    }

    private CollectResult collect(String... sources) {
        return collect(config(), false, Set.of(), sources);
    }

    private CollectResult collect(CollectConfig config, boolean dryRun, Set<String> countries, String... sources) {
        List<SourceAdapter> adapters = new ArrayList<>();
        for (String s : sources) {
            adapters.add(switch (s) {
                case "uk" -> new UkContentApiAdapter();
                case "ca" -> new CanadaOpenDataAdapter();
                default -> new StateFeedAdapter();
            });
        }
        Clock clock = Clock.fixed(Instant.parse("2025-11-02T08:00:00Z").plusSeconds(second++), ZoneOffset.UTC);
        Countries table = Countries.standard();
        Collector collector = new Collector(content, Readers.standard(table), table, new Fetcher(config, slept::add), clock,
                dryRun, log::add);
        return collector.run(adapters, Map.of("uk", server.origin(), "us", server.origin(), "ca", server.origin()), countries);
    }

    private List<Snapshot> snapshots() {
        return new Archive(content.resolve("collected"), Countries.standard()).snapshots();
    }

    private void ukServes(String maliNote) {
        server.on(INDEX, FixtureServer.Reply.ok(index("mali", "niger"), JSON))
                .on(INDEX + "/mali", FixtureServer.Reply.ok(country("mali", "Mali", "avoid_all_travel_to_whole_country", maliNote), JSON))
                .on(INDEX + "/niger", FixtureServer.Reply.ok(country("niger", "Niger", "avoid_all_travel_to_parts", "Niger note"), JSON));
    }

    private void usServes() {
        server.on(StateFeedAdapter.FEED, FixtureServer.Reply.ok(Golden.read("readers/state-rss-feed.xml"), RSS).withEtag("\"v1\""));
    }

    @Test
    void fullCollectRecordsEveryCountryOfAllThreeSources() {
        ukServes("Mali note");
        usServes();
        canadaServes("Mali note");
        CollectResult result = collect("uk", "us", "ca");
        assertThat(result.failures()).isEmpty();
        assertThat(result.quarantined()).isEmpty();
        assertThat(snapshots()).extracting(s -> s.source().key() + "/" + s.country().iso2())
                .containsExactlyInAnyOrder("uk/ML", "uk/NE", "us/MM", "us/TR", "us/CI", "ca/ML", "ca/HT");
        assertThat(server.requests).contains(CanadaOpenDataAdapter.INDEX, "/travel-voyage/cta-cap-ml.json");
        assertThat(snapshots()).allSatisfy(s -> assertThat(s.provenance().documentKind()).contains("(collected)"));
        assertThat(server.userAgents).allSatisfy(ua -> assertThat(ua).contains("advisory-compare", "https://example.test/contact"));
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void secondRunWithNothingChangedRecordsNothingAndUsesConditionalRequests() {
        ukServes("Mali note");
        usServes();
        collect("uk", "us");
        CollectResult again = collect("uk", "us");
        assertThat(again.recorded()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(snapshots()).hasSize(5);
        assertThat(log).anySatisfy(l -> assertThat(l).contains("TAsTWs.xml not modified"));
    }

    @Test
    void canadaRecordsOnlyWhatChangedAndSetsAsideErrorPagesAndVanishedDestinations() {
        canadaServes("Mali note");
        collect("ca");
        assertThat(collect("ca").recorded()).as("nothing changed").isEmpty();
        canadaServes("Mali note, changed");
        assertThat(collect("ca").recorded()).singleElement().asString().contains("/ca/ml/");
        server.on(CanadaOpenDataAdapter.INDEX, FixtureServer.Reply.ok(canadaIndex("ML"), JSON))
                .on("/travel-voyage/cta-cap-ml.json", FixtureServer.Reply.ok("<!DOCTYPE html><html><body><h1>Page not found"
                        + "</h1><p>Erreur 404 - Error 404. We couldn't find that Web page; text long enough to pass the size "
                        + "check of two hundred bytes, which a real error page with its navigation easily passes.</p></body></html>", "text/html"));
        CollectResult result = collect("ca");
        assertThat(result.quarantined()).hasSize(2).anySatisfy(q -> assertThat(q).contains("'HT' vanished"))
                .anySatisfy(q -> assertThat(q).contains("cta-cap-ml.json", "an HTML page where JSON was expected"));
        assertThat(snapshots()).hasSize(3);
    }

    @Test
    void aChangedDocumentRecordsExactlyOneSnapshot() {
        ukServes("Mali note");
        collect("uk");
        ukServes("Mali note, changed");
        CollectResult again = collect("uk");
        assertThat(again.recorded()).singleElement().asString().contains("/uk/ml/");
        assertThat(snapshots()).hasSize(3);
    }

    @Test
    void tooManyRequestsWaitsAsToldThenSucceeds() {
        server.on(StateFeedAdapter.FEED,
                new FixtureServer.Reply(429, "slow down", "text/plain", null, Map.of("Retry-After", "7"), 0, false),
                FixtureServer.Reply.ok(Golden.read("readers/state-rss-feed.xml"), RSS));
        CollectResult result = collect("us");
        assertThat(result.recorded()).hasSize(3);
        assertThat(slept).contains(Duration.ofSeconds(7));
    }

    /** Regression: Retry-After: 999999 slept up to an hour per retry, about three hours per URL. */
    @Test
    void aRetryAfterLongerThanTheCapFailsThatRequestAtOnceAndTheRestAreCollected() {
        server.on(StateFeedAdapter.FEED,
                new FixtureServer.Reply(429, "slow down", "text/plain", null, Map.of("Retry-After", "999999"), 0, false));
        ukServes("Mali note");
        CollectResult result = collect("us", "uk");
        assertThat(result.failures()).singleElement().asString().contains(StateFeedAdapter.FEED, "999999 s", "next run");
        assertThat(slept).noneMatch(d -> d.compareTo(CollectConfig.DEFAULT_MAX_RETRY_AFTER) > 0);
        assertThat(snapshots()).extracting(s -> s.country().iso2()).containsExactlyInAnyOrder("ML", "NE");
    }

    /** Regression: collect followed redirects to other origins. */
    @Test
    void aRedirectIsFollowedWithinItsOriginOnly() {
        server.on(StateFeedAdapter.FEED, new FixtureServer.Reply(302, "", "text/plain", null,
                Map.of("Location", "/moved/TAsTWs.xml"), 0, false))
                .on("/moved/TAsTWs.xml", FixtureServer.Reply.ok(Golden.read("readers/state-rss-feed.xml"), RSS));
        assertThat(collect("us").recorded()).hasSize(3);
        server.on(StateFeedAdapter.FEED, new FixtureServer.Reply(302, "", "text/plain", null,
                Map.of("Location", "https://evil.example/TAsTWs.xml"), 0, false));
        assertThat(collect("us").failures()).singleElement().asString().contains("another origin", "evil.example");
    }

    /** A run past its deadline fails what it has not fetched yet, naming it, instead of running on. */
    @Test
    void aRequestAfterTheDeadlineFailsAtOnce() {
        ukServes("Mali note");
        CollectConfig past = new CollectConfig("https://example.test/contact", Duration.ofSeconds(5), Duration.ofSeconds(5), 200_000,
                3, 2, Duration.ZERO, Duration.ofMillis(5), Map.of(), CollectConfig.DEFAULT_MAX_RETRY_AFTER, Duration.ZERO);
        CollectResult result = collect(past, false, Set.of(), "uk");
        assertThat(result.failures()).isNotEmpty().allSatisfy(f -> assertThat(f).contains("deadline"));
        assertThat(server.requests).isEmpty();
    }

    @Test
    void serverErrorThenSuccessRetriesWithBackoff() {
        server.on(INDEX, new FixtureServer.Reply(500, "oops", "text/plain", null, Map.of(), 0, false),
                FixtureServer.Reply.ok(index("mali"), JSON))
                .on(INDEX + "/mali", FixtureServer.Reply.ok(country("mali", "Mali", "avoid_all_travel_to_whole_country", "n"), JSON));
        CollectResult result = collect("uk");
        assertThat(result.recorded()).hasSize(1);
        assertThat(slept).isNotEmpty();
    }

    @Test
    void aTimeoutFailsThatRequestNamingTheUrlAndKeepsTheRest() {
        ukServes("Mali note");
        server.on(INDEX + "/niger", new FixtureServer.Reply(200, country("niger", "Niger", "avoid_all_travel_to_parts", "n"),
                JSON, null, Map.of(), 4000, false));
        CollectResult result = collect(config(Duration.ofMillis(1500)), false, Set.of(), "uk");
        assertThat(result.failures()).singleElement().asString().contains("/niger", "timed out", "after 3 attempts");
        assertThat(result.recorded()).hasSize(1);
        assertThat(result.exitCode()).isEqualTo(2);
    }

    @Test
    void aConnectionResetMidBodyIsRetriedAndThenReported() {
        ukServes("Mali note");
        server.on(INDEX + "/niger", new FixtureServer.Reply(200, country("niger", "Niger", "avoid_all_travel_to_parts", "n"),
                JSON, null, Map.of(), 0, true));
        CollectResult result = collect("uk");
        assertThat(result.failures()).singleElement().asString().contains("/niger");
        assertThat(snapshots()).extracting(s -> s.country().iso2()).containsExactly("ML");
    }

    @Test
    void truncatedJsonAndHtmlErrorPagesAreSetAsideNotRecorded() throws IOException {
        ukServes("Mali note");
        String json = country("niger", "Niger", "avoid_all_travel_to_parts", "n");
        server.on(INDEX + "/niger", FixtureServer.Reply.ok(json.substring(0, json.length() / 2), JSON));
        server.on(INDEX + "/mali", FixtureServer.Reply.ok("<!DOCTYPE html><html><body><h1>Sorry, we're experiencing technical "
                + "difficulties</h1><p>Please try again in a few moments.</p><p>GOV.UK</p><p>More text to pass the size check "
                + "of two hundred bytes, which an error page easily does.</p></body></html>", "text/html"));
        CollectResult result = collect("uk");
        assertThat(result.recorded()).isEmpty();
        assertThat(result.quarantined()).hasSize(2).anySatisfy(q -> assertThat(q).contains("/mali", "an HTML page where JSON was expected"))
                .anySatisfy(q -> assertThat(q).contains("/niger", "not valid JSON"));
        assertThat(snapshots()).isEmpty();
        try (Stream<Path> kept = Files.walk(content.resolve("quarantine"))) {
            assertThat(kept.filter(p -> p.toString().endsWith(".bin"))).hasSize(2);
        }
    }

    @Test
    void aHugeBodyIsRefused() {
        ukServes("Mali note");
        server.on(INDEX + "/niger", FixtureServer.Reply.ok(" ".repeat(300_000), JSON));
        CollectResult result = collect("uk");
        assertThat(result.failures()).singleElement().asString().contains("/niger", "larger than");
    }

    @Test
    void aFeedWithFarFewerItemsIsSetAside() {
        usServes();
        collect("us");
        String feed = Golden.read("readers/state-rss-feed.xml");
        String shrunk = feed.substring(0, feed.indexOf("<item>")) + feed.substring(feed.lastIndexOf("<item>"));
        server.on(StateFeedAdapter.FEED, FixtureServer.Reply.ok(shrunk, RSS));
        CollectResult result = collect("us");
        assertThat(result.quarantined()).singleElement().asString().contains("far fewer");
        assertThat(snapshots()).hasSize(3);
    }

    /** Regression: one malformed slug in the GOV.UK index ("%zz") aborted collect for all sources. */
    @Test
    void aMalformedSlugInTheIndexFailsThatEntryAloneAndTheRestAreRecorded() {
        server.on(INDEX, FixtureServer.Reply.ok(index("mali", "%zz", "niger"), JSON))
                .on(INDEX + "/mali", FixtureServer.Reply.ok(country("mali", "Mali", "avoid_all_travel_to_whole_country", "Mali note"), JSON))
                .on(INDEX + "/niger", FixtureServer.Reply.ok(country("niger", "Niger", "avoid_all_travel_to_parts", "Niger note"), JSON));
        usServes();
        CollectResult result = collect("uk", "us");
        assertThat(result.failures()).singleElement().asString().contains("%zz");
        assertThat(snapshots()).extracting(s -> s.country().iso2()).contains("ML", "NE", "MM", "TR");
        assertThat(result.exitCode()).isEqualTo(2);
    }

    @Test
    void aCountryThatVanishedFromTheIndexIsReportedAndItsHistoryKept() {
        ukServes("Mali note");
        collect("uk");
        server.on(INDEX, FixtureServer.Reply.ok(index("mali"), JSON));
        CollectResult result = collect("uk");
        assertThat(result.quarantined()).singleElement().asString().contains("'niger' vanished");
        assertThat(snapshots()).hasSize(2);
    }

    @Test
    void aFailedWriteLeavesTheArchiveConsistentAndTheOthersRecorded() throws IOException {
        ukServes("Mali note");
        Files.createDirectories(content.resolve("collected/uk"));
        Files.writeString(content.resolve("collected/uk/ne"), "a file where a folder must go: writing Niger fails");
        CollectResult result = collect("uk");
        assertThat(result.failures()).singleElement().asString().contains("collected/uk/ne");
        assertThat(snapshots()).extracting(s -> s.country().iso2()).containsExactly("ML");
        try (Stream<Path> files = Files.walk(content.resolve("collected"))) {
            assertThat(files.map(Path::toString)).noneMatch(p -> p.contains(".incoming-") || p.endsWith(".tmp"));
        }
    }

    @Test
    void aDryRunWritesNothing() {
        ukServes("Mali note");
        CollectResult result = collect(config(), true, Set.of(), "uk");
        assertThat(result.recorded()).isEmpty();
        assertThat(content.resolve("collected")).doesNotExist();
        assertThat(log).anySatisfy(l -> assertThat(l).contains("2 new"));
    }

    @Test
    void theCollectCommandFetchesFromTheEndpointAndSaysWhatFailedThroughItsExitCode() {
        ukServes("Mali note");
        usServes();
        canadaServes("Mali note");
        String[] args = {"collect", "--content", content.toString(), "--endpoint", "uk=" + server.origin(), "--endpoint",
            "us=" + server.origin(), "--endpoint", "ca=" + server.origin(), "--contact", "https://example.test/contact"};
        assertThat(org.advisorycompare.cli.Main.run(args)).isZero();
        assertThat(snapshots()).hasSize(7);
        assertThat(server.requests).contains(INDEX, INDEX + "/mali", StateFeedAdapter.FEED, CanadaOpenDataAdapter.INDEX);
        server.on(INDEX + "/niger", new FixtureServer.Reply(404, "gone", "text/plain", null, Map.of(), 0, false));
        assertThat(org.advisorycompare.cli.Main.run(args)).isEqualTo(2);
        assertThat(org.advisorycompare.cli.Main.run("collect", "--endpoint", "uk=not a url", "--content", content.toString()))
                .as("a configuration error").isEqualTo(1);
    }

    @Test
    void buildTurnsCollectedSnapshotsIntoPagesAndFeedEntriesWithNoOtherStep() throws IOException {
        ukServes("Mali note");
        usServes();
        canadaServes("Mali note");
        assertThat(org.advisorycompare.cli.Main.run("collect", "--content", content.toString(), "--endpoint",
                "uk=" + server.origin(), "--endpoint", "us=" + server.origin(), "--endpoint", "ca=" + server.origin())).isZero();
        Path site = output.resolve("site");
        assertThat(org.advisorycompare.cli.Main.run("build", "--content", content.toString(), "--out", site.toString(),
                "--cache", output.resolve("cache").toString())).isZero();
        assertThat(site.resolve("countries/mali/index.html")).isRegularFile();
        assertThat(site.resolve("countries/myanmar/index.html")).isRegularFile();
        assertThat(Files.readString(site.resolve("feed.xml"))).contains("Mali — UK advice first recorded: Mali note",
                "Turkey — US advice first recorded: Reissued after periodic review with minor edits.");
    }

    @Test
    void onlyTheCountriesAskedForAreFetched() {
        ukServes("Mali note");
        collect(config(), false, Set.of("NE"), "uk");
        assertThat(snapshots()).extracting(s -> s.country().iso2()).containsExactly("NE");
        assertThat(server.requests).doesNotContain(INDEX + "/mali");
    }
}

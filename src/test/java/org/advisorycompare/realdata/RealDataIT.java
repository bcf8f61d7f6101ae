package org.advisorycompare.realdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advisorycompare.read.DocumentReader;
import org.advisorycompare.read.Extraction;
import org.advisorycompare.read.RawDocument;
import org.advisorycompare.convert.Readers;
import org.advisorycompare.read.UnreadableDocumentException;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Level;
import org.advisorycompare.model.Source;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every real sample in ../shared/realdata converts, and the level read from it equals the level the
 * source states in its own structured field (RSS title and Threat-Level, the archive's level field,
 * info.json's risk_level_number, GOV.UK's alert_status as rendered in the status tables).
 */
class RealDataIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Readers readers = Readers.standard(Countries.standard());

    private Extraction read(Source source, Path path) {
        return readers.read(source, RawDocument.load(path));
    }

    @Test
    void everyUsArchivedItemReadsTheLevelOfItsLevelField() throws IOException {
        List<Path> files = RealData.allVersions("us-state_schofield-rss");
        assertThat(files).hasSizeGreaterThan(20);
        for (Path file : files) {
            JsonNode item = JSON.readTree(file.toFile());
            if (item.path("content_md").asText().contains("Summary not available")) {
                continue; // placeholders: see usPlaceholdersAreSetAsideSoBurkinaFasoAndNigerStayAtLevelFour
            }
            Extraction e = read(Source.US, file);
            assertThat(e.level().national()).as(file.toString()).isEqualTo(item.get("level").asInt());
            assertThat(e.country()).as(file.toString()).isNotNull();
            assertThat(e.published().known()).as(file.toString()).isTrue();
            assertThat(e.body()).as(file.toString()).isNotBlank();
        }
    }

    /** A government's change-history page is never itself advice, even though it quotes the current advice. */
    @Test
    void changeHistoryPagesAreSetAsideAsNotAdvice() {
        List<Path> pages = RealData.allVersions("uk-fcdo_gavinmorrison-changehistory");
        assertThat(pages).hasSize(11);
        for (Path page : pages) {
            assertThatThrownBy(() -> read(Source.UK, page)).as(page.toString())
                    .isInstanceOf(org.advisorycompare.read.NotAdviceException.class).hasMessageContaining("change-history page");
        }
        for (Path table : RealData.children(RealData.root().resolve("uk-fcdo_gavinmorrison-changehistory/_status-table"))) {
            assertThat(read(Source.UK, table).country()).as("a table of every country's status names no one country").isNull();
        }
    }

    /** Regression (2026): "Exercise normal precautionSummary not available" items published as Level 1 advice. */
    @Test
    void usPlaceholdersAreSetAsideSoBurkinaFasoAndNigerStayAtLevelFour() throws IOException {
        int placeholders = 0;
        for (Path file : RealData.allVersions("us-state_schofield-rss")) {
            if (JSON.readTree(file.toFile()).path("content_md").asText().contains("Summary not available")) {
                assertThatThrownBy(() -> read(Source.US, file)).isInstanceOf(org.advisorycompare.read.NotAdviceException.class)
                        .hasMessageContaining(file.getFileName().toString()).hasMessageContaining("placeholder");
                placeholders++;
            }
        }
        assertThat(placeholders).isEqualTo(4);
        for (String country : List.of("burkina-faso", "niger")) {
            for (Path file : RealData.versions("us-state_schofield-rss", country)) {
                if (!JSON.readTree(file.toFile()).path("content_md").asText().contains("Summary not available")) {
                    assertThat(read(Source.US, file).level().national()).as(file.toString()).isEqualTo(4);
                }
            }
        }
    }

    @Test
    void everyUsFeedItemReadsTheLevelOfItsThreatLevelCategory() throws IOException {
        Path feed = RealData.children(RealData.root().resolve("us-state_rss-raw_jyatesbrown/_feed")).get(0);
        RawDocument whole = RawDocument.load(feed);
        DocumentReader.Split split = readers.split(Source.US, whole);
        List<Element> items = Jsoup.parse(Files.readString(feed), "", Parser.xmlParser()).select("item");
        assertThat(split.documents()).hasSize(items.size());
        for (int i = 0; i < items.size(); i++) {
            String threat = items.get(i).selectFirst("category[domain=Threat-Level]").text();
            Extraction e = readers.read(Source.US, split.documents().get(i));
            assertThat(e.level().nationalNative()).isEqualTo(threat);
            assertThat(e.level().national()).isEqualTo(Integer.parseInt(threat.substring(6, 7)));
            assertThat(e.details().sourceKey()).isEqualTo(items.get(i).selectFirst("category[domain=Country-Tag]").text());
            assertThat(new String(split.documents().get(i).bytes())).contains(items.get(i).selectFirst("title").outerHtml());
        }
        Extraction turkey = readers.read(Source.US, split.documents().stream()
                .filter(d -> d.name().contains("Turkey")).findFirst().orElseThrow());
        assertThat(turkey.country().iso2()).as("Country-Tag TU is Turkey, not ISO TN Tunisia").isEqualTo("TR");
        assertThat(turkey.details().indicators()).contains("T", "D");
    }

    @Test
    void everyUsPageCaptureReadsTheLevelOfItsInfoJson() throws IOException {
        List<Path> captures = RealData.allVersions("us-state_marcolussetti");
        assertThat(captures).hasSizeGreaterThan(50);
        int compared = 0;
        for (Path capture : captures) {
            int stated = JSON.readTree(capture.resolve("info.json").toFile()).path("risk_level_number").asInt(-1);
            Extraction e = read(Source.US, capture);
            if (stated >= 1) {
                assertThat(e.level().national()).as(capture.toString()).isEqualTo(stated);
                compared++;
            } else {
                // the scraper recorded no level ("Other" or null): the page's own level line decides, or its line for
                // the country itself among the areas ("Israel – Reconsider Travel")
                String page = Files.readString(capture.resolve("Advisory.md"));
                boolean areaLine = page.contains("**" + e.country().name() + " – ");
                assertThat(e.level().national() == null).as(capture.toString()).isEqualTo(!page.contains(" - Level ") && !areaLine);
            }
            assertThat(e.published().known()).as(capture.toString()).isTrue();
        }
        assertThat(compared).isGreaterThan(40);
    }

    @Test
    void usJsonFeedReadsTheLevelOfItsTitle() {
        Extraction e = read(Source.US, RealData.versions("us-state_josh-jsonfeed", "mali").get(0));
        assertThat(e.level().national()).isEqualTo(4);
        assertThat(e.published().iso()).isEqualTo("2023-07-31");
        assertThat(e.changeNote()).isEqualTo("Reissued with obsolete COVID-19 page links removed.");
        assertThat(e.details().indicators()).containsExactly("C", "T", "K");
    }

    @Test
    void everyUkCaptureConvertsWithANationalLevel() {
        List<Path> captures = new ArrayList<>(RealData.allVersions("uk-fcdo_marcolussetti"));
        captures.addAll(RealData.allVersions("uk-fcdo_fco-backup"));
        assertThat(captures).hasSizeGreaterThan(500);
        List<String> unknown = new ArrayList<>();
        for (Path capture : captures) {
            Extraction e = read(Source.UK, capture);
            assertThat(e.country()).as(capture.toString()).isNotNull();
            if (e.level().national() == null) {
                unknown.add(capture.getParent().getFileName() + "/" + capture.getFileName().toString().substring(0, 10));
            }
            assertThat(e.body()).as(capture.toString()).startsWith("# ")
                    .doesNotContain("Follow FCDO:", "[get email notifications]", "printable version");
        }
        // regression (Mali, March 2020): the summary part held only the "Stay at home" banner, and read as N1
        assertThat(unknown).containsExactly("mali/2020-03-25", "mali/2020-03-27", "mali/2020-03-28");
    }

    /** The status tables render GOV.UK's alert_status for every country at the time in their name. */
    @Test
    void ukLevelsReadFromPageTextMatchGovUksAlertStatusOnTheSameDay() throws IOException {
        Path tables = RealData.root().resolve("uk-fcdo_gavinmorrison-changehistory/_status-table");
        int compared = 0;
        for (Path table : RealData.children(tables)) {
            String takenAt = table.getFileName().toString().substring(0, 17).replaceFirst("T(\\d\\d)(\\d\\d)(\\d\\d)", "T$1:$2:$3");
            for (Map.Entry<String, String> row : statusRows(table).entrySet()) {
                Path capture = latestCaptureBefore(row.getKey(), takenAt);
                if (capture == null) {
                    continue;
                }
                Level expected = expectedLevel(row.getValue(), row.getKey());
                Level read = read(Source.UK, capture).level();
                // alert_status has codes for the whole country or for parts: a national level the site reads from parts
                // that cover the whole country (the least strict level everywhere) is not one GOV.UK states, so it counts as none
                Integer stated = read.nationalDerived() && expected.national() == 1 ? Integer.valueOf(1) : read.national();
                assertThat(stated).as(capture + " vs " + table.getFileName() + ": " + row.getValue())
                        .isEqualTo(expected.national());
                if (expected.national() < 4) {
                    assertThat(read.regional()).as(capture + " regional vs " + row.getValue()).isEqualTo(expected.regional());
                }
                compared++;
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(20);
    }

    @Test
    void govUkJsonLevelComesFromAlertStatusAndAgreesWithItsText() {
        Extraction haiti = read(Source.UK, RealData.versions("uk-govuk-content-api_jyatesbrown", "haiti").get(0));
        assertThat(haiti.level().national()).isEqualTo(4);
        assertThat(haiti.level().nationalNative()).contains("avoid_all_travel_to_whole_country");
        assertThat(haiti.body()).contains("## FCDO advises against all travel to Haiti", "# Entry requirements", "# Getting help");
        assertThat(haiti.updated().iso()).isEqualTo("2025-12-10T13:57:03Z");
        assertThat(haiti.changeNote()).isEqualTo("New information about dual nationals returning to the UK (‘Entry requirements’ page).");
    }

    @Test
    void canadaJsonLevelComesFromAdvisoryStateBesideItsOwnWords() {
        Extraction haiti = read(Source.CA, RealData.versions("ca_jyatesbrown", "haiti").get(0));
        assertThat(haiti.country().iso2()).isEqualTo("HT");
        assertThat(haiti.level().national()).isEqualTo(4);
        assertThat(haiti.level().nationalNative()).isEqualTo("Avoid all travel");
        assertThat(haiti.level().regional()).as("has-regional-advisory is 0").isNull();
        assertThat(haiti.updated().iso()).isEqualTo("2026-09-24T12:53:00Z");
        assertThat(haiti.updated().stated()).isEqualTo("September 24, 2026 08:53 EDT");
        assertThat(haiti.changeNote()).isEqualTo("Health – editorial change");
        assertThat(haiti.details().url()).isEqualTo("https://travel.gc.ca/destinations/haiti");
        assertThat(haiti.body()).startsWith("# Risk level\n\n## HAITI - AVOID ALL TRAVEL").contains("# Safety and security");
    }

    @Test
    void everyCanadaPageCaptureReadsTheLevelOfItsRiskHeadings() {
        List<Path> captures = RealData.allVersions("ca_marcolussetti");
        assertThat(captures).hasSizeGreaterThan(10);
        for (Path capture : captures) {
            Extraction e = read(Source.CA, capture);
            assertThat(e.country()).as(capture.toString()).isNotNull();
            assertThat(e.level().national()).as(capture.toString()).isNotNull();
            assertThat(e.updated().known()).as(capture.toString()).isTrue();
            assertThat(e.details().captured()).as(capture.toString()).isNotNull();
        }
        Extraction mali = read(Source.CA, RealData.versions("ca_marcolussetti", "mali").get(2));
        assertThat(mali.level().national()).isEqualTo(4);
        assertThat(mali.level().nationalNative()).isEqualTo("AVOID ALL TRAVEL");
        Extraction mexico = read(Source.CA, RealData.versions("ca_marcolussetti", "mexico").get(2));
        assertThat(mexico.level().national()).isEqualTo(2);
        assertThat(mexico.level().regional()).isEqualTo(3);
        assertThat(mexico.level().regionalNative()).isEqualTo("Regional Advisory - Avoid non-essential travel");
        assertThat(mexico.updated().day()).isEqualTo("2026-02-04");
        assertThat(mexico.changeNote()).isEqualTo("Thorough review and update of the entire content");
        assertThat(mexico.details().regions()).contains("Chihuahua, excluding Chihuahua City");
    }

    @Test
    void otherGovUkDocumentsAreRefusedWithTheReason() {
        Path examples = RealData.root().resolve("uk-govuk-content-api_publishing-api-examples/examples");
        assertThatThrownBy(() -> read(Source.UK, examples.resolve("travel_advice_index/frontend/index.json")))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("index.json").hasMessageContaining("travel_advice_index");
        assertThatThrownBy(() -> read(Source.UK, examples.resolve("travel_advice/frontend/no-parts.json")))
                .hasMessageContaining("no-parts.json").hasMessageContaining("no details.parts");
        assertThatThrownBy(() -> read(Source.UK, RealData.children(RealData.root().resolve("uk-fcdo_marcolussetti/_summary")).get(0)))
                .hasMessageContaining("not a shape we read");
    }

    @Test
    void maliInOctober2025ReadsAsTheSourcesStateIt() {
        Path uk = RealData.root().resolve("uk-fcdo_marcolussetti/mali");
        Extraction before = read(Source.UK, uk.resolve("2025-10-25T061302_ae6f60b4d"));
        // all travel to Mali except within 15 km of the Tower of Africa, all but essential travel there: N3 everywhere at least
        assertThat(before.level()).extracting(Level::national, Level::nationalDerived, Level::regional).containsExactly(3, true, 4);
        Extraction after = read(Source.UK, uk.resolve("2025-10-31T061228_6a12406cd"));
        assertThat(after.level().national()).isEqualTo(4);
        assertThat(after.level().nationalNative()).isEqualTo("FCDO advises against all travel to Mali");
        assertThat(after.updated().iso()).isEqualTo("2025-10-30T21:01:05Z");
        assertThat(after.changeNote()).startsWith("New information that non-essential British Embassy staff");
        assertThat(after.details().captured()).isEqualTo("2025-10-31T06:12:28Z");
        Extraction us = read(Source.US, RealData.root().resolve("us-state_schofield-rss/mali")
                .resolve("2025-10-30__captured-2025-12-12T172434_fbafd11e0.json"));
        assertThat(us.level().national()).isEqualTo(4);
        assertThat(us.changeNote()).startsWith("There was no change to the advisory level.");
    }

    /**
     * Regression (US Mali): an embassy's alerts state no level, and as US versions they read as the advisory no longer
     * stating Level 4. Each is set aside as not advice, naming its file.
     */
    @Test
    void embassyAlertsAreSetAsideNotVersions() {
        List<Path> alerts = RealData.versions("us-embassy-alerts_pages-corpus", "mali");
        assertThat(alerts).hasSize(3).allSatisfy(a -> org.assertj.core.api.Assertions.assertThatThrownBy(() -> read(Source.US, a))
                .isInstanceOf(org.advisorycompare.read.NotAdviceException.class)
                .hasMessageContaining(a.getFileName().toString()).hasMessageContaining("an embassy's alert"));
    }

    /**
     * Regression: the Mali page of 25 October 2025 saved as one Markdown file (every part after another, under its
     * title) read national "unknown" where the folder capture read a level; a plain-text save of a page read no level.
     * Every UK page capture of the corpus is saved here both ways at test time: each reads the level its folder does.
     */
    @Test
    void aUkPageReadsTheSameLevelsWhetherCapturedAsAFolderOrSavedAsOneFile() throws IOException {
        int compared = 0;
        for (Path capture : RealData.allVersions("uk-fcdo_marcolussetti")) {
            Level folder = read(Source.UK, capture).level();
            JsonNode info = JSON.readTree(capture.resolve("info.json").toFile());
            StringBuilder markdown = new StringBuilder();
            for (JsonNode page : info.path("pages")) {
                Path part = capture.resolve(page.path("title").asText() + ".md");
                if (Files.isRegularFile(part)) {
                    markdown.append(Files.readString(part)).append("\n\n");
                }
            }
            Level oneFile = readers.read(Source.UK, "page.md", markdown.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .level();
            assertThat(oneFile).as(capture + " saved as one Markdown file")
                    .extracting(Level::national, Level::nationalDerived, Level::regional)
                    .containsExactly(folder.national(), folder.nationalDerived(), folder.regional());
            compared++;
        }
        assertThat(compared).isGreaterThan(200);
        String plain = "Burkina Faso travel advice\n! Warning FCDO advises against all travel to Burkina Faso.\n"
                + "If you're in Burkina Faso, you should leave by commercial means if you judge it safe to do so.\n";
        Extraction saved = readers.read(Source.UK, "page.txt", plain.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(saved.country().iso2()).isEqualTo("BF");
        assertThat(saved.level().national()).isEqualTo(4);
    }

    /** Regression: US Israel ("See Individual Summaries") read no level, and Mexico lost its regional level. */
    @Test
    void usAreaLinesGiveTheLevelsOfAnAdvisoryWhoseTitleStatesNone() {
        Extraction israel = read(Source.US, RealData.versions("us-state_marcolussetti", "israel").get(0));
        assertThat(israel.level().national()).isEqualTo(3);
        assertThat(israel.level().nationalNative()).startsWith("Israel – Reconsider Travel");
        assertThat(israel.level().regional()).isEqualTo(4);
        assertThat(israel.details().destination().covers()).extracting(c -> c.iso2()).containsExactly("IL", "PS");
        for (Path mexico : RealData.versions("us-state_marcolussetti", "mexico")) {
            Extraction e = read(Source.US, mexico);
            assertThat(e.level().national()).as("the capture states no national level").isNull();
            assertThat(e.level().regional()).as(mexico.toString()).isEqualTo(4);
        }
    }

    /** Regression (Israel, June 2025): the capture reader flipped between N4 and N1 six times in ten days. */
    @Test
    void ukIsraelInJune2025ReadsAsTheFcdosNotesSay() {
        Path israel = RealData.root().resolve("uk-fcdo_marcolussetti/israel");
        Map<String, Level> levels = new TreeMap<>();
        for (Path capture : RealData.children(israel)) {
            String day = capture.getFileName().toString().substring(0, 10);
            if (day.compareTo("2025-06-13") >= 0 && day.compareTo("2025-07-01") < 0) {
                levels.put(day, read(Source.UK, capture).level());
            }
        }
        // 13 June (captured 14-15 June): all but essential travel to the rest, all travel to parts: N3 everywhere at least
        assertThat(levels.get("2025-06-14")).extracting(Level::national, Level::regional).containsExactly(3, 4);
        // 15-26 June: "FCDO currently advises against all travel to Israel and the Occupied Palestinian Territories"
        for (String day : List.of("2025-06-16", "2025-06-17", "2025-06-19", "2025-06-21", "2025-06-23", "2025-06-26")) {
            assertThat(levels.get(day).national()).as(day).isEqualTo(4);
            assertThat(levels.get(day).nationalDerived()).as(day).isFalse();
            assertThat(levels.get(day).nationalNative()).as(day).startsWith("FCDO currently advises against all travel to Israel");
        }
        // from 27 June advice for parts only: no statement about the whole country (the rest is all but essential travel)
        assertThat(levels.get("2025-06-28").nationalStated()).isFalse();
        assertThat(levels.get("2025-06-28").regional()).isEqualTo(4);
    }

    /** No national level drops and comes back within three days in any real series of captures: the flips were misreadings. */
    @Test
    void noLevelDropReversesWithinThreeDaysAnywhereInTheRealCorpus() {
        List<String> flips = new ArrayList<>();
        for (String source : List.of("uk-fcdo_marcolussetti", "uk-fcdo_fco-backup", "us-state_marcolussetti", "us-state_schofield-rss")) {
            Source government = source.startsWith("uk") ? Source.UK : Source.US;
            for (Path country : RealData.children(RealData.root().resolve(source))) {
                if (country.getFileName().toString().startsWith("_")) {
                    continue;
                }
                List<String[]> series = new ArrayList<>();
                for (Path capture : RealData.children(country)) {
                    Integer level;
                    try {
                        level = read(government, capture).level().national();
                    } catch (org.advisorycompare.read.NotAdviceException e) {
                        continue; // set aside, never a version
                    }
                    if (level != null) {
                        series.add(new String[] {capture.getFileName().toString().substring(0, 10), String.valueOf(level)});
                    }
                }
                for (int i = 1; i + 1 < series.size(); i++) {
                    int before = Integer.parseInt(series.get(i - 1)[1]);
                    int now = Integer.parseInt(series.get(i)[1]);
                    int after = Integer.parseInt(series.get(i + 1)[1]);
                    long days = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(series.get(i)[0]),
                            java.time.LocalDate.parse(series.get(i + 1)[0]));
                    if (now < before && after > now && days <= 3) {
                        flips.add(country + " " + series.get(i)[0] + ": N" + before + " -> N" + now + " -> N" + after);
                    }
                }
            }
        }
        assertThat(flips).isEmpty();
    }

    private static Map<String, String> statusRows(Path table) throws IOException {
        Map<String, String> rows = new TreeMap<>();
        Matcher m = Pattern.compile("\\| [^|]+ \\| \\[([^]]+)]\\(https://www.gov.uk/foreign-travel-advice/([a-z-]+)\\) \\| ([^|]+) \\|")
                .matcher(Files.readString(table));
        while (m.find()) {
            rows.put(m.group(2), m.group(3).strip());
        }
        return rows;
    }

    /**
     * The capture of the version in force at that instant: the latest one whose page was updated
     * (info.json update_date, from the page itself) before it. Captures skip unchanged days, so the
     * capture time itself can be later than the change it shows.
     */
    private static Path latestCaptureBefore(String slug, String instant) throws IOException {
        Path folder = RealData.root().resolve("uk-fcdo_marcolussetti").resolve(slug);
        if (!Files.isDirectory(folder)) {
            return null;
        }
        Path best = null;
        java.time.Instant limit = java.time.Instant.parse(instant + "Z");
        for (Path capture : RealData.children(folder)) {
            String updated = JSON.readTree(capture.resolve("info.json").toFile()).path("update_date").asText();
            if (java.time.OffsetDateTime.parse(updated).toInstant().isBefore(limit)) {
                best = capture;
            }
        }
        return best;
    }

    /** The levels a status-table row states: whole-country sentences national, "parts of" regional. */
    private static Level expectedLevel(String statement, String slug) {
        Integer national = 1;
        Integer regional = null;
        for (String sentence : statement.split("<br />")) {
            int level = sentence.contains("all but essential") ? 3 : 4;
            if (sentence.startsWith("No specific")) {
                continue;
            }
            if (sentence.contains("parts of")) {
                regional = regional == null ? level : Math.max(regional, level);
            } else {
                national = Math.max(national, level);
            }
        }
        return new Level(national, null, regional, null);
    }
}

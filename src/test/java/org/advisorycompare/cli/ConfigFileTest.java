package org.advisorycompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.advisorycompare.site.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** advisory-compare.yml gives the commands' options their defaults; a flag wins; an unknown key names itself and the file. */
class ConfigFileTest {
    @TempDir
    Path dir;

    private String run(Path config, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream before = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return Main.run(config, args) + " " + err.toString(StandardCharsets.UTF_8).strip();
        } finally {
            System.setErr(before);
        }
    }

    @Test
    void theFileGivesDefaultsAndAFlagWins() throws Exception {
        TestSite.copySeeds(dir.resolve("content/collected"));
        Path config = Files.writeString(dir.resolve("advisory-compare.yml"), "base_url: https://user.github.io/repo/\n"
                + "content: " + dir.resolve("content") + "\nout: " + dir.resolve("site") + "\ncache: " + dir.resolve("cache") + "\n");
        assertThat(run(config, "build")).startsWith("0");
        assertThat(Files.readString(dir.resolve("site/index.html"))).contains("<link rel=\"canonical\" href=\"https://user.github.io/repo/\">");
        assertThat(run(config, "build", "--base-url", "https://example.org/", "--out", dir.resolve("other").toString())).startsWith("0");
        assertThat(Files.readString(dir.resolve("other/index.html"))).contains("<link rel=\"canonical\" href=\"https://example.org/\">");
    }

    @Test
    void anUnknownKeyIsAnErrorNamingTheKeyAndTheFile() throws Exception {
        Path config = Files.writeString(dir.resolve("advisory-compare.yml"), "base_url: https://user.github.io/repo/\nbase_ulr: x\n");
        assertThat(run(config, "build")).startsWith("1").contains("advisory-compare.yml", "unknown key 'base_ulr'", "base_url");
    }

    @Test
    void theSiteTitleAndFeedSizesComeFromTheFileIntoPagesAndFeeds() throws Exception {
        TestSite.copySeeds(dir.resolve("content/collected"));
        Path config = Files.writeString(dir.resolve("advisory-compare.yml"), "title: Travel Advice Side by Side\n"
                + "feed_entries: 2\nfeed_diff_chars: 800\ncontent: " + dir.resolve("content") + "\nout: " + dir.resolve("site")
                + "\ncache: " + dir.resolve("cache") + "\n");
        assertThat(run(config, "build")).startsWith("0");
        assertThat(Files.readString(dir.resolve("site/index.html"))).contains("<title>Travel Advice Side by Side: US and UK",
                "<a class=\"brand\" href=\"\">Travel Advice Side by Side</a>").doesNotContain("Advisory Compare");
        String feed = Files.readString(dir.resolve("site/feed.json"));
        assertThat(feed).contains("\"title\" : \"Travel Advice Side by Side: all changes");
        assertThat(feed.split("\"date_published\"", -1)).as("two entries").hasSize(3);
        assertThat(Files.readString(dir.resolve("site/atom.xml"))).contains("<name>Travel Advice Side by Side</name>");
    }

    @Test
    void aValueItsOptionCannotTakeIsAnErrorNamingTheKey() throws Exception {
        Path config = Files.writeString(dir.resolve("advisory-compare.yml"), "feed_entries: many\n");
        assertThat(run(config, "build")).startsWith("1").contains("advisory-compare.yml", "'feed_entries' must be a whole number");
        Files.writeString(config, "feed_entries: 0\n");
        assertThat(run(config, "build")).startsWith("1").contains("feed_entries", "must be 1 to 1000");
        Files.writeString(config, "feed_diff_entries: -1\n");
        assertThat(run(config, "build")).startsWith("1").contains("feed_diff_entries", "must be 0 to 1000");
        Files.writeString(config, "title: [a, b]\n");
        assertThat(run(config, "build")).startsWith("1").contains("advisory-compare.yml", "'title' must be a single value");
        Files.writeString(config, "feed_budget_kb: -3\n");
        assertThat(run(config, "check", "--out", dir.toString())).startsWith("1").contains("feed_budget_kb", "at least 1");
    }

    @Test
    void aListSetsARepeatableOptionButNeverWhatImportIsToldAboutItsDocuments() throws Exception {
        Path config = Files.writeString(dir.resolve("advisory-compare.yml"), "source: [uk]\ncountry: [ml, bf]\n");
        picocli.CommandLine cli = Main.commandLine(config);
        picocli.CommandLine.ParseResult collect = cli.parseArgs("collect").subcommand();
        assertThat(collect.commandSpec().findOption("--source").<java.util.List<String>>getValue()).containsExactly("uk");
        assertThat(collect.commandSpec().findOption("--country").<java.util.List<String>>getValue()).containsExactly("ml", "bf");
        picocli.CommandLine.ParseResult importer = Main.commandLine(config).parseArgs("import", "somewhere").subcommand();
        assertThat(importer.commandSpec().findOption("--source").<String>getValue()).as("a document's source").isNull();
        assertThat(importer.commandSpec().findOption("--country").<String>getValue()).isNull();
    }
}

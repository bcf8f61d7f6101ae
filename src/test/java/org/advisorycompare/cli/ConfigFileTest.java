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
}

package org.advisorycompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.advisorycompare.site.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MainTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void versionAndHelpExitZero() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("advisory-compare ");
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("build", "import");
    }

    @Test
    void noCommandOrAnUnknownOptionIsAUsageErrorOnOneLine() {
        assertThat(run()).isEqualTo(1);
        assertThat(run("build", "--colour")).isEqualTo(1);
        assertThat(err.toString().lines()).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("error: "));
    }

    @Test
    void importOfAMissingFileFailsNamingTheFile() {
        assertThat(run("import", dir.resolve("nope.txt").toString(), "--source", "us", "--content", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("nope.txt").hasLineCount(1);
    }

    @Test
    void importWithAnUnknownSourceIsAUsageError() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "Mali, 29 October 2025 - Test fixture sentence.\n");
        assertThat(run("import", file.toString(), "--source", "fr", "--content", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("unknown source 'fr'");
    }

    @Test
    void importThenBuildMakesASite() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "Mali, 29 October 2025 - Test fixture sentence.\n");
        Path content = dir.resolve("content");
        assertThat(run("import", file.toString(), "--source", "us", "--content", content.toString())).isZero();
        assertThat(out.toString()).contains("recorded ", "(us, Mali)");
        assertThat(run("build", "--content", content.toString(), "--out", dir.resolve("site").toString(), "--cache",
                dir.resolve("cache").toString())).isZero();
        assertThat(dir.resolve("site/countries/mali/index.html")).isRegularFile();
        assertThat(out.toString()).contains("1 countries, 1 versions");
    }

    @Test
    void aBrokenTemplateFailsTheBuildAndLeavesThePreviousSiteIntact() throws IOException {
        TestSite.copyTree(Path.of("templates"), dir.resolve("templates"));
        TestSite.copySeeds(dir.resolve("content/collected"));
        String[] build = {"build", "--content", dir.resolve("content").toString(), "--templates",
            dir.resolve("templates").toString(), "--out", dir.resolve("site").toString(), "--cache", dir.resolve("cache").toString()};
        assertThat(run(build)).isZero();
        Path home = dir.resolve("site/index.html");
        String before = Files.readString(home);
        Files.writeString(dir.resolve("templates/country.ftlh"), "<#import \"layout.ftlh\" as layout>${view.noSuchThing}");
        assertThat(run(build)).isEqualTo(1);
        assertThat(err.toString()).contains("country.ftlh", "noSuchThing").hasLineCount(1);
        assertThat(Files.readString(home)).isEqualTo(before);
    }

    @Test
    void aBaseUrlThatIsNotAnAbsoluteUrlIsRefused() {
        assertThat(run("build", "--base-url", "user.github.io/repo", "--content", dir.toString(), "--out",
                dir.resolve("site").toString(), "--cache", dir.resolve("cache").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("--base-url", "https://user.github.io/repo/");
    }
}

package org.advisorycompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every way a user's command can fail, as the user sees it: a non-zero exit and one line naming what is
 * wrong, never a raw JDK exception (its class name or a stack trace).
 */
class UserFacingErrorsTest {
    private static final Pattern RAW = Pattern.compile("\\b(java|javax|sun)\\.|\\b\\w+(Exception|Error)\\b|\\tat ");
    @TempDir
    Path dir;

    @Test
    void noFailureOfACommandShowsARawJdkException() throws IOException {
        Path content = dir.resolve("content");
        Path templates = Path.of("templates");
        Path notAFolder = Files.writeString(dir.resolve("file.txt"), "a file");
        Path advice = Files.writeString(dir.resolve("a.txt"), "Mali, 29 October 2025 - Test fixture sentence.\n");
        Path noFrontMatter = Files.writeString(dir.resolve("broken.md"), "not a version file");
        assertThat(run(new StringWriter(), "import", advice.toString(), "--source", "us", "--content", content.toString()))
                .isZero();
        assertThat(run(new StringWriter(), "build", "--content", content.toString(), "--templates", templates.toString(),
                "--out", dir.resolve("site").toString())).isZero();
        Path badContent = badLevel(content, dir.resolve("bad-content"));
        Path mine = Files.createDirectories(dir.resolve("Documents"));
        Files.writeString(mine.resolve("notes.txt"), "precious");
        List<String> seen = new ArrayList<>();
        org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            String port = String.valueOf(taken.getLocalPort());
            String[][] commands = {
                {"build", "--content", dir.resolve("missing").toString(), "--out", dir.resolve("site").toString()},
                {"build", "--content", content.toString(), "--templates", dir.resolve("none").toString()},
                {"build", "--content", content.toString(), "--templates", templates.toString(), "--out", notAFolder.toString()},
                {"build", "--content", content.toString(), "--templates", templates.toString(), "--out",
                    dir.resolve("site").toString(), "--base-url", "ftp://example.org/"},
                {"build", "--content", content.toString(), "--templates", templates.toString(), "--out", mine.toString()},
                {"build", "--content", badContent.toString(), "--templates", templates.toString(), "--out",
                    dir.resolve("site2").toString()},
                {"import", advice.toString(), "--source", "us", "--content", content.toString(), "--country", "ZZ"},
                {"import", advice.toString(), "--source", "us", "--content", content.toString(), "--retrieved", "yesterday"},
                {"import", advice.toString(), "--source", "us", "--content", notAFolder.toString()},
                {"import", noFrontMatter.toString(), "--source", "uk", "--content", content.toString()},
                {"import", dir.resolve("missing").toString(), "--content", content.toString()},
                {"collect", "--content", content.toString(), "--endpoint", "us=not a url", "--source", "us"},
                {"collect", "--content", content.toString(), "--country", "Mali"},
                {"check", "--out", dir.resolve("missing").toString()},
                {"check", "--out", notAFolder.toString()},
                {"check", "--out", mine.toString()},
                {"serve", "--content", content.toString(), "--templates", templates.toString(), "--out",
                    dir.resolve("site").toString(), "--port", port},
                {"serve", "--port", "99999"},
            };
            for (String[] command : commands) {
                StringWriter err = new StringWriter();
                int exit = run(err, command);
                String shown = String.join(" ", command) + " -> exit " + exit + ": " + err;
                seen.add(shown);
                soft.assertThat(exit).as(shown).isNotZero();
                soft.assertThat(err.toString()).as(shown).containsPattern("(?m)^(error|problem): ").doesNotContainPattern(RAW);
            }
        }
        soft.assertAll();
        assertThat(seen).hasSize(18);
        assertThat(notAFolder).hasContent("a file");
        assertThat(mine.resolve("notes.txt")).hasContent("precious");
    }

    /** A copy of the content whose one version file states a level no government uses. */
    private static Path badLevel(Path content, Path copy) throws IOException {
        Path version;
        try (java.util.stream.Stream<Path> files = Files.walk(content.resolve("advisories"))) {
            version = files.filter(p -> p.toString().endsWith(".md")).findFirst().orElseThrow();
        }
        Path bad = copy.resolve("advisories").resolve(content.resolve("advisories").relativize(version));
        Files.createDirectories(bad.getParent());
        Files.writeString(bad, Files.readString(version).replaceFirst("(?m)^(\\s*national): .*$", "$1: 7"));
        return copy;
    }

    private static int run(StringWriter err, String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}

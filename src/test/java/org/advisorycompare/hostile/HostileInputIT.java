package org.advisorycompare.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus ({@link HostileCorpus}: every input shape, every payload class of {@link Payloads} in its
 * bodies, titles, notes, URLs and import flags) imported and built as a user would: the site and its feeds and
 * data hold no executable content, no local file and no formula cell, and a browser raises no dialog.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT {
    static final String SECRET = "hostile-local-secret-7f3a";

    @TempDir
    static Path dir;
    Path site;
    final List<String> importOutput = new ArrayList<>();

    @BeforeAll
    void importAndBuild() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        Path content = dir.resolve("content");
        for (HostileCorpus.Doc doc : new HostileCorpus(dir.resolve("corpus"), secret).write()) {
            List<String> args = new ArrayList<>(List.of("import", doc.path().toString(), "--source", doc.source(),
                    "--content", content.toString()));
            args.addAll(doc.flags());
            importOutput.add(doc.path().getFileName() + " -> " + run(args.toArray(String[]::new)));
        }
        site = dir.resolve("site");
        importOutput.add("build -> " + run("build", "--content", content.toString(), "--out", site.toString(),
                "--cache", dir.resolve("cache").toString(), "--base-url", "https://site.test/"));
        if (System.getProperty("hostile.log") != null) {
            Files.write(Path.of(System.getProperty("hostile.log")), importOutput);
        }
    }

    /** Runs the CLI, returning its exit code and what it printed. */
    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        PrintStream both = new PrintStream(out, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        try {
            return Main.run(args) + " " + out.toString(StandardCharsets.UTF_8).strip();
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void everyShapeIsImportedAndBuiltSoThePayloadsReachThePipeline() {
        assertThat(importOutput.toString()).as("import and build output").doesNotContain("Exception", "\tat ");
        long recorded = importOutput.stream().filter(line -> line.matches("(?s).*-> 0 .*Imported: [1-9].*")).count();
        assertThat(recorded).as("documents recorded: %s", importOutput).isGreaterThanOrEqualTo(HostileCorpus.shapes().size());
        assertThat(files(".html")).hasSizeGreaterThan(50);
        assertThat(files(".html").stream().map(ExecutableContent::read).filter(t -> t.contains("${7*7}") && t.contains("#{7*7}")))
                .as("template syntax in advice reaches pages as words, never evaluated").isNotEmpty();
    }

    @Test
    void noPageCarriesExecutableContentAndEveryPageHasTheStrictPolicy() {
        List<String> found = new ArrayList<>();
        files(".html").forEach(f -> found.addAll(ExecutableContent.inPage(f, ExecutableContent.read(f))));
        assertThat(found).isEmpty();
    }

    @Test
    void noFeedCarriesExecutableContentAndFeedTitlesArePlainText() {
        List<String> found = new ArrayList<>();
        files(".xml").stream().filter(f -> !f.getFileName().toString().startsWith("sitemap"))
                .forEach(f -> found.addAll(ExecutableContent.inFeed(f, ExecutableContent.read(f))));
        assertThat(found).isEmpty();
    }

    @Test
    void noJsonValueIsAScriptOrLocalUrlAndNoCsvCellIsAFormula() {
        List<String> found = new ArrayList<>();
        files(".json").forEach(f -> found.addAll(ExecutableContent.inJson(f, ExecutableContent.read(f))));
        files(".csv").forEach(f -> found.addAll(ExecutableContent.formulaCells(f, ExecutableContent.read(f))));
        assertThat(files(".csv")).isNotEmpty();
        assertThat(found).isEmpty();
    }

    @Test
    void noLocalFileReachesTheSite() {
        for (Path file : files("")) {
            String text = ExecutableContent.read(file);
            assertThat(text).as(file.toString()).doesNotContain(SECRET, "root:x:0:0");
        }
    }

    @Test
    void aBrowserOpeningEveryPageRaisesNoDialog() throws InterruptedException, IOException {
        assumeTrue(BrowserPass.available(), "Chromium or chromedriver is not installed here (.ci/run installs them): "
                + "the browser pass is skipped; the jsoup checks above still ran");
        Path control = Files.writeString(dir.resolve("control.html"), "<!DOCTYPE html><title>c</title><script>alert('control')</script>");
        try (BrowserPass browser = new BrowserPass()) {
            assertThat(browser.dialogs(List.of(control))).as("the pass sees a dialog where there is one").hasSize(1);
            assertThat(browser.dialogs(files(".html"))).isEmpty();
        }
    }

    private List<Path> files(String suffix) {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

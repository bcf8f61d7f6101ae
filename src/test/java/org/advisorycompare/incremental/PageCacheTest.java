package org.advisorycompare.incremental;

import org.advisorycompare.output.OutputFile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.advisorycompare.config.BuildConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageCacheTest {
    @TempDir
    Path dir;
    BuildConfig config;

    @BeforeEach
    void firstBuild() throws IOException {
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/page.ftlh"), "template");
        config = new BuildConfig(dir.resolve("content"), dir.resolve("templates"), dir.resolve("site"),
                "https://example.org/", dir.resolve("cache"));
        PageCache cache = PageCache.open(config);
        PageCache.Group group = cache.group("country/ML", new Shown("Mali, version 1"));
        assertThat(group.reuse(file -> { })).as("no previous site").isFalse();
        List<OutputFile> files = new ArrayList<>();
        files.add(group.cache().page("countries/mali/index.html", "page.ftlh", new Shown("Mali, version 1"), () -> "Mali page"));
        files.add(group.cache().page("countries/mali/feed.xml", "page.ftlh", new Shown("Mali, version 1"), () -> "Mali feed"));
        group.done();
        files.add(cache.page("index.html", "page.ftlh", new Shown("home"), () -> "home"));
        for (OutputFile file : files) {
            write(file.path(), new String(file.bytes(), StandardCharsets.UTF_8));
        }
        OutputFile manifest = cache.manifest(files.stream().map(OutputFile::path).toList(), "inputs");
        write(manifest.path(), new String(manifest.bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void anUnchangedGroupIsReusedWholeWithoutRenderingAnyOfItsPages() {
        PageCache cache = PageCache.open(config);
        List<OutputFile> reused = new ArrayList<>();
        assertThat(cache.group("country/ML", new Shown("Mali, version 1")).reuse(reused::add)).isTrue();
        assertThat(reused).extracting(OutputFile::path).containsExactly("countries/mali/feed.xml", "countries/mali/index.html");
        assertThat(reused).allSatisfy(file -> assertThat(file.previous()).isEqualTo(config.out().resolve(file.path())));
        assertThat(cache.reused()).isEqualTo(2);
        assertThat(cache.rendered()).isZero();
        String manifest = new String(cache.manifest(List.of("index.html"), "inputs").bytes(), StandardCharsets.UTF_8);
        assertThat(manifest).as("the next build can reuse the group again")
                .contains("countries/mali/index.html\t").contains("\tcountry/ML\n").contains(".group/country/ML\t");
    }

    @Test
    void aGroupWhoseInputsChangedIsNotReused() {
        List<OutputFile> reused = new ArrayList<>();
        assertThat(PageCache.open(config).group("country/ML", new Shown("Mali, version 2")).reuse(reused::add)).isFalse();
        assertThat(reused).isEmpty();
    }

    @Test
    void aGroupWithAFileMissingFromTheSiteIsNotReused() throws IOException {
        Files.delete(config.out().resolve("countries/mali/feed.xml"));
        List<OutputFile> reused = new ArrayList<>();
        assertThat(PageCache.open(config).group("country/ML", new Shown("Mali, version 1")).reuse(reused::add)).isFalse();
        assertThat(reused).isEmpty();
    }

    @Test
    void aChangedTemplateMeansTheGroupIsNotReusedWholeButItsPagesKeepTheirOwnKeys() throws IOException {
        Files.writeString(dir.resolve("templates/other.ftlh"), "a new template no page of the group uses");
        PageCache cache = PageCache.open(config);
        PageCache.Group group = cache.group("country/ML", new Shown("Mali, version 1"));
        assertThat(group.reuse(file -> { })).isFalse();
        OutputFile page = group.cache().page("countries/mali/index.html", "page.ftlh", new Shown("Mali, version 1"), () -> "rendered again");
        assertThat(page.previous()).as("the page's own key is unchanged: reused").isNotNull();
    }

    @Test
    void groupKeysAreNotFilesOfTheSite() {
        assertThat(PageCache.open(config).previousPaths()).noneMatch(path -> path.startsWith(".group/"))
                .contains("countries/mali/index.html", "index.html");
    }

    /** What a test page shows. */
    private record Shown(String text) {
    }

    private void write(String path, String text) throws IOException {
        Path file = config.out().resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}

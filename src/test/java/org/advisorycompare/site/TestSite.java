package org.advisorycompare.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.advisorycompare.build.SiteBuild;
import org.advisorycompare.collect.Archive;
import org.advisorycompare.collect.ImportRequest;
import org.advisorycompare.collect.ImportResult;
import org.advisorycompare.collect.Importer;
import org.advisorycompare.config.BuildConfig;
import org.advisorycompare.convert.Readers;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Source;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A site built in a temporary folder from inline documents, with helpers to read what was built. */
public final class TestSite {
    private final Path root;
    private final Countries countries = Countries.standard();

    public TestSite(Path root) {
        this.root = root;
    }

    public Path content() {
        return root.resolve("content");
    }

    public Path out() {
        return root.resolve("site");
    }

    /** The project's archive, whose first two snapshots (the seeds: UK and US Mali) small site tests start from. */
    public static final Path ARCHIVE = Path.of("content/collected");
    /** The seeds in the project's archive: folder and snapshot name of each. */
    public static final List<String> SEEDS = List.of("uk/ml/20261122T212856Z-9e17213a8d21", "us/ml/20261122T212855Z-9f72d2b1bc2c");

    /** Copies the seeds (each document and its sidecar) from the project's archive into {@code collected}. */
    public static void copySeeds(Path collected) {
        try {
            for (String seed : SEEDS) {
                Path folder = Files.createDirectories(collected.resolve(seed).getParent());
                for (String suffix : List.of(".txt", ".provenance.json")) {
                    Path file = ARCHIVE.resolve(seed + suffix);
                    Files.copy(file, folder.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the seeds into this site's content. */
    public TestSite withProjectArchive() {
        copySeeds(content().resolve("collected"));
        return this;
    }

    /** Imports one inline document as if collected at {@code retrieved}. */
    public TestSite with(Source source, String country, String retrieved, String text) {
        try {
            Path file = Files.createTempFile(root, "doc-", ".txt");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            ImportResult result = new Importer(new Archive(content().resolve("collected"), countries),
                    Readers.standard(countries), countries, Clock.systemUTC())
                    .importFiles(new ImportRequest(List.of(file), source, country, null, null, "test fixture", null, retrieved));
            if (!result.errors().isEmpty()) {
                throw new IllegalStateException(result.errors().toString());
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path templates = Path.of("templates");

    /** Builds from a copy of the project's templates in this site's folder, so a test may change them. */
    public TestSite withOwnTemplates() {
        copyTree(Path.of("templates"), root.resolve("templates"));
        templates = root.resolve("templates");
        return this;
    }

    public Path templates() {
        return templates;
    }

    public SiteBuild.Result build(String baseUrl) {
        return build(baseUrl, out(), root.resolve("cache"));
    }

    public SiteBuild.Result build(String baseUrl, Path out, Path cache) {
        return new SiteBuild(new BuildConfig(content(), templates, out, baseUrl, cache)).run();
    }

    public Document html(String path) {
        try {
            return Jsoup.parse(out().resolve(path).toFile(), "UTF-8", "https://site.test/" + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text(String path) {
        try {
            return Files.readString(out().resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of a folder, by relative path, with its bytes as text (for byte-identity checks). */
    public static Map<String, String> snapshot(Path folder) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString().replace('\\', '/'),
                        new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public static byte[] bytes(Path file) {
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

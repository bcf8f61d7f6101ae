package org.advisorycompare.convert;

import org.advisorycompare.read.UnreadableDocumentException;

import org.advisorycompare.read.RawDocument;

import org.advisorycompare.read.Extraction;

import org.advisorycompare.store.VersionFile;

import org.advisorycompare.text.Markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.advisorycompare.collect.Archive;
import org.advisorycompare.collect.ImportRequest;
import org.advisorycompare.collect.ImportResult;
import org.advisorycompare.collect.Importer;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (bombs of the hostile-input issue): work that grew with the square of the input — 200,000 '['
 * took 41 s, 100,000 unmatched emphasis marks 2.7 GB, 10,000-file imports 119 s. Each is now timed at n and
 * at 10 n in one run: linear work takes about 10 times as long, quadratic about 100; the bound is 30.
 */
class BoundedWorkIT {
    private static final double BOUND = 30;
    private static final String HEAD = "<html><head><title>Mali travel advice - GOV.UK</title></head><body><main>"
            + "<h1>Mali travel advice</h1><p>FCDO advises against all travel to Mali.</p>";
    private final Countries countries = Countries.standard();
    private final Readers readers = Readers.standard(countries);

    @TempDir
    Path dir;

    @Test
    void bracketsReadAndRenderInLinearTime() {
        assertLinear("'[' x n", 20_000, n -> readAndRender(HEAD + "<p>" + "[".repeat(n) + "</p></main></body></html>"));
    }

    @Test
    void unmatchedEmphasisReadsAndRendersInLinearTime() {
        assertLinear("'*_' x n", 10_000, n -> readAndRender(HEAD + "<p>" + "*_".repeat(n) + "</p></main></body></html>"));
    }

    @Test
    void escapesAndEntitiesReadInLinearTime() {
        assertLinear("'&amp;\\' x n", 20_000, n -> readAndRender(HEAD + "<p>" + "&amp;\\&lt;`".repeat(n) + "</p></main></body></html>"));
    }

    @Test
    void deepEmphasisNestingIsRefusedInLinearTime() {
        assertLinear("<b><i> x n", 5_000, n -> assertThatThrownBy(() -> readAndRender(HEAD + "<b><i>".repeat(n) + "x"
                + "</i></b>".repeat(n) + "</main></body></html>")).isInstanceOf(UnreadableDocumentException.class));
    }

    @Test
    void aLongFrontMatterValueIsReadInLinearTime() throws IOException {
        String file;
        try (java.util.stream.Stream<Path> files = Files.walk(Path.of("content/advisories"))) {
            file = Files.readString(files.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow());
        }
        assertLinear("title of n chars", 20_000, n -> {
            AdvisoryVersion v = VersionFile.read("v.md", file.replaceFirst("title: \"[^\"]*\"", "title: \"" + "a".repeat(n) + "\""), countries);
            assertThat(v.title()).hasSize(n);
        });
    }

    @Test
    void aFeedOfManyItemsIsSplitAndReadInLinearTime() {
        assertLinear("items x n", 1_000, n -> {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>");
            for (int i = 0; i < n; i++) {
                xml.append("<item><title>Mali - Level 4: Do Not Travel</title><link>https://travel.state.gov/x/").append(i)
                        .append(".html</link><pubDate>Fri, 21 Aug 2026 00:00:00 -0500</pubDate><description>&lt;p&gt;Item ")
                        .append(i).append(".&lt;/p&gt;</description></item>");
            }
            RawDocument feed = RawDocument.single("TAsTWs.xml", xml.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8));
            List<RawDocument> items = readers.split(Source.US, feed).documents();
            items.forEach(item -> readers.read(Source.US, item));
            assertThat(items).hasSize(n);
        });
    }

    @Test
    void importingManyFilesTakesLinearTime() {
        assertLinear("files x n", 150, n -> {
            Path root = dir.resolve("run-" + System.nanoTime());
            List<Path> files = new ArrayList<>();
            try {
                Files.createDirectories(root);
                for (int i = 0; i < n; i++) {
                    files.add(Files.writeString(root.resolve("p" + i + ".html"), HEAD + "<p>Version " + i + ".</p></main></body></html>"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ImportResult result = new Importer(new Archive(root.resolve("content/collected"), countries), readers, countries,
                    Clock.systemUTC()).importFiles(new ImportRequest(files, Source.UK, "ML", null, null, "test fixture", null, null));
            assertThat(result.recorded()).hasSize(n);
        });
    }

    private void readAndRender(String html) {
        Extraction read = readers.read(Source.UK, "mali.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(Markdown.toHtml(read.body())).isNotEmpty();
    }

    /** Times the work at n and at 10 n (best of two, after a warm-up) and bounds the ratio. */
    private static void assertLinear(String what, int n, IntConsumer work) {
        work.accept(n / 10);
        double small = best(work, n);
        double large = best(work, 10 * n);
        assertThat(large / Math.max(small, 5e6)).as("%s: %.0f ms at n = %d, %.0f ms at 10 n", what, small / 1e6, n, large / 1e6)
                .isLessThan(BOUND);
    }

    private static double best(IntConsumer work, int n) {
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 2; run++) {
            long start = System.nanoTime();
            work.accept(n);
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }
}

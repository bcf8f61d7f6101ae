package org.advisorycompare.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.advisorycompare.error.AdvisoryCompareException;
import org.advisorycompare.Golden;
import org.advisorycompare.read.RawDocument;
import org.advisorycompare.convert.Readers;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Source;
import org.junit.jupiter.api.Test;

/**
 * Regression: a saved page whose heading was one 100,000-character word took 33 s (a lazy title pattern
 * searched from every position). Every single-file input shape is read with one long word in its headings,
 * titles, notes and body, at n and at 10 n; linear reading takes about 10 times as long, the bound is 30.
 */
class LongWordsIT {
    private final Readers readers = Readers.standard(Countries.standard());

    @Test
    void everyShapeReadsALongWordInEveryFieldInLinearTime() throws IOException {
        List<String> slow = new ArrayList<>();
        java.util.Map<String, String> inputs = new java.util.TreeMap<>();
        for (String shape : HostileCorpus.shapes()) {
            Path golden = Golden.ROOT.resolve("readers").resolve(shape);
            if (!Files.isDirectory(golden)) { // a capture folder's parts are read by the same code as the single files
                inputs.put(shape, Files.readString(golden, StandardCharsets.UTF_8));
            }
        }
        // a saved page with neither a level line nor GOV.UK's marks: its heading is all there is to go by
        inputs.put("state-bare-page.html", "<html><head><title>T</title></head><body><main><h1>Mali</h1><p>Test fixture.</p></main></body></html>");
        for (java.util.Map.Entry<String, String> input : inputs.entrySet()) {
            String shape = input.getKey();
            String text = input.getValue();
            Source source = Source.fromKey(shape.startsWith("canada") ? "ca" : shape.startsWith("state") || shape.startsWith("us") ? "us" : "uk");
            read(source, shape, text, 1_000);
            double small = time(source, shape, text, 10_000);
            double large = time(source, shape, text, 100_000);
            if (large / Math.max(small, 5e6) > 30) {
                slow.add(String.format("%s: %.0f ms at 10,000 characters, %.0f ms at 100,000", shape, small / 1e6, large / 1e6));
            }
        }
        assertThat(slow).isEmpty();
    }

    private double time(Source source, String shape, String text, int n) {
        long start = System.nanoTime();
        read(source, shape, text, n);
        return System.nanoTime() - start;
    }

    /** Reads (or refuses, naming it) the shape with an n-character word in every field. */
    private void read(Source source, String shape, String text, int n) {
        String word = "x".repeat(n);
        byte[] bytes = HostileCorpus.hostile(shape, text, HostileCorpus.Inserts.of(word)).getBytes(StandardCharsets.UTF_8);
        RawDocument document = RawDocument.single(shape, bytes);
        try {
            readers.split(source, document).documents().forEach(d -> readers.read(source, d));
        } catch (AdvisoryCompareException refused) {
            assertThat(refused.getMessage()).startsWith(shape);
        }
    }
}

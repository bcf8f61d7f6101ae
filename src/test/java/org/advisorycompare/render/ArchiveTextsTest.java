package org.advisorycompare.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The archive's compressed texts: every version rebuilt exactly from one whole text and the lines each changed. */
class ArchiveTextsTest {
    private static String text(int version) {
        StringBuilder html = new StringBuilder("<h3>Safety and security</h3>\n");
        for (int line = 0; line < 200; line++) {
            html.append("<p>Paragraph ").append(line).append(line % 50 == version % 50 ? " changed in " + version : "")
                    .append(" of the advice.</p>\n");
        }
        return html.append(version % 3 == 0 ? "<p>An added warning.</p>" : "<p>The end.</p>").toString();
    }

    private static List<ArchiveTexts.Text> chain(int versions) {
        List<ArchiveTexts.Text> texts = new ArrayList<>();
        for (int v = 0; v < versions; v++) {
            texts.add(new ArchiveTexts.Text("v" + v, text(v), v == 0 ? null : "v" + (v - 1)));
        }
        return texts;
    }

    @Test
    void everyVersionIsRebuiltExactlyFromTheFirstTextAndTheEditsOfEachLater() {
        Map<String, String> read = ArchiveTexts.read(ArchiveTexts.of(chain(40)));
        assertThat(read).hasSize(40);
        for (int v = 0; v < 40; v++) {
            assertThat(read.get("v" + v)).as("v" + v).isEqualTo(text(v));
        }
    }

    @Test
    void aFileWithTextsAddedIsTheSameBytesAsTheFileMadeFromEveryText() {
        List<ArchiveTexts.Text> all = chain(12);
        byte[] before = ArchiveTexts.of(all.subList(0, 10));
        assertThat(ArchiveTexts.append(before, all.subList(10, 12))).isEqualTo(ArchiveTexts.of(all));
        assertThat(ArchiveTexts.append(ArchiveTexts.of(all.subList(0, 11)), all.subList(11, 12))).isEqualTo(ArchiveTexts.of(all));
        List<ArchiveTexts.Text> orphan = List.of(new ArchiveTexts.Text("x", text(99), "missing"));
        assertThat(ArchiveTexts.read(ArchiveTexts.append(before, orphan))).containsEntry("x", text(99)).hasSize(11);
    }

    @Test
    void aFileThatIsNotAnArchiveIsNotAppendedTo() {
        assertThat(ArchiveTexts.append("not gzip".getBytes(java.nio.charset.StandardCharsets.UTF_8), chain(1))).isNull();
        byte[] otherFormat = ArchiveTexts.of(chain(1));
        String json = new String(ungzip(otherFormat), java.nio.charset.StandardCharsets.UTF_8).replace(ArchiveTexts.FORMAT, "other/9");
        assertThat(ArchiveTexts.append(gzip(json), chain(1))).isNull();
    }

    private static byte[] ungzip(byte[] bytes) {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] gzip(String text) {
        var out = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void aChainOfSimilarTextsTakesAFractionOfTheirSize() {
        int whole = chain(40).stream().mapToInt(t -> t.html().length()).sum();
        assertThat(ArchiveTexts.of(chain(40)).length).as("bytes for %d characters of text", whole).isLessThan(whole / 50);
    }

    @Test
    void aVersionWhoseBaseIsNotInTheFileIsStoredWholeAndTheBytesAreTheSameOnEveryBuild() {
        List<ArchiveTexts.Text> texts = List.of(new ArchiveTexts.Text("a", text(1), "not-archived"),
                new ArchiveTexts.Text("b", "", "a"), new ArchiveTexts.Text("c", text(2), "b"));
        Map<String, String> read = ArchiveTexts.read(ArchiveTexts.of(texts));
        assertThat(read).containsExactly(Map.entry("a", text(1)), Map.entry("b", ""), Map.entry("c", text(2)));
        assertThat(ArchiveTexts.of(texts)).isEqualTo(ArchiveTexts.of(texts));
    }
}

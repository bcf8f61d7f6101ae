package org.advisorycompare.convert;

import org.advisorycompare.read.UnreadableDocumentException;

import org.advisorycompare.read.RawDocument;

import org.advisorycompare.read.Extraction;

import org.advisorycompare.store.VersionFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.advisorycompare.Golden;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Source;
import org.junit.jupiter.api.Test;

/** Each bad input gets a one-line error that names the file and the problem. */
class BadInputTest {
    private final Readers readers = Readers.standard(Countries.standard());

    private Extraction read(Source source, String name, byte[] bytes) {
        return readers.read(source, name, bytes);
    }

    private static String fixture(String name) {
        return Golden.read("readers/" + name);
    }

    @Test
    void emptyFile() {
        assertThatThrownBy(() -> read(Source.UK, "empty.txt", new byte[0]))
                .isInstanceOf(UnreadableDocumentException.class).hasMessage("empty.txt: the file is empty");
    }

    @Test
    void binaryJunk() {
        byte[] junk = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, (byte) 0xFF, (byte) 0xD8};
        assertThatThrownBy(() -> read(Source.US, "map.png", junk)).hasMessageStartingWith("map.png: ")
                .hasMessageContaining("UTF-8");
        byte[] nul = "text with a NUL \0 byte".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(Source.US, "nul.txt", nul)).hasMessageContaining("nul.txt").hasMessageContaining("binary");
    }

    @Test
    void windows1252IsRefusedWithTheFix() {
        byte[] cp1252 = "Mali, 29 October 2025 - The embassy\u2019s statement.".getBytes(Charset.forName("windows-1252"));
        assertThatThrownBy(() -> read(Source.US, "cp1252.txt", cp1252))
                .hasMessage("cp1252.txt: not valid UTF-8 text; save it as UTF-8 and import it again");
    }

    @Test
    void utf8WithBomReadsLikeUtf8() {
        byte[] plain = fixture("uk-text-regional-table-furniture.txt").getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertThat(read(Source.UK, "bom.txt", bom)).isEqualTo(read(Source.UK, "plain.txt", plain));
    }

    @Test
    void truncatedJson() {
        String json = fixture("govuk-json-parts-table.json");
        byte[] cut = json.substring(0, json.length() / 2).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(Source.UK, "cut.json", cut)).hasMessageStartingWith("cut.json: not valid JSON")
                .hasMessageContaining("truncated");
    }

    @Test
    void truncatedHtml() {
        String html = fixture("govuk-page-eswatini.html");
        byte[] cut = html.substring(0, html.indexOf("<footer")).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(Source.UK, "cut.html", cut)).hasMessageStartingWith("cut.html: truncated HTML");
    }

    @Test
    void truncatedFeedGivesNothingRatherThanPart() {
        String feed = fixture("state-rss-feed.xml");
        byte[] cut = feed.substring(0, feed.indexOf("Worldwide Caution")).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> readers.split(Source.US, RawDocument.single("cut.xml", cut)))
                .hasMessageStartingWith("cut.xml: truncated feed");
    }

    @Test
    void anotherGovUkDocumentType() {
        byte[] json = "{\"base_path\": \"/guidance/x\", \"document_type\": \"detailed_guide\", \"details\": {}}"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(Source.UK, "guide.json", json))
                .hasMessageStartingWith("guide.json: is a GOV.UK 'detailed_guide' document, not travel advice");
    }

    @Test
    void feedWithoutItems() {
        byte[] rss = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>t</title></channel></rss>\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> readers.split(Source.US, RawDocument.single("empty.xml", rss)))
                .hasMessage("empty.xml: is an RSS feed without any <item>");
    }

    @Test
    void hugeFileIsRefusedBeforeReading() {
        byte[] huge = new byte[20 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        assertThatThrownBy(() -> read(Source.US, "huge.txt", huge)).hasMessageStartingWith("huge.txt: is 20 MB");
    }

    @Test
    void everyMessageIsOneLine() {
        assertThatThrownBy(() -> read(Source.UK, "cut.json", "{\"a\": [1, 2".getBytes(StandardCharsets.UTF_8)))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    /** Regression: a 50 MB front-matter string made YAML parsing superlinear; metadata and front matter are bounded. */
    @Test
    void aDocumentWithAHugeTitleIsSetAsideAndAHugeFrontMatterIsRefusedNamingTheFile() {
        String page = "<html><head><title>Mali travel advice - GOV.UK</title></head><body><main><h1>Mali travel advice "
                + "x".repeat(100_000) + "</h1><p>FCDO advises against all travel to Mali.</p></main></body></html>";
        assertThatThrownBy(() -> read(Source.UK, "title.html", page.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageStartingWith("title.html: its title")
                .hasMessageContaining("set aside");
        String versionFile = "---\ncountry:\n  iso2: \"ML\"\nsource: \"uk\"\nversion: \"abc\"\ntitle: \""
                + "a".repeat(300 * 1024) + "\"\n---\nBody\n";
        assertThatThrownBy(() -> VersionFile.read("advisories/uk/ml/abc.md", versionFile, org.advisorycompare.model.Countries.standard()))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageStartingWith("advisories/uk/ml/abc.md: front matter of 300 KB");
    }

    /** Regression: a deeply nested document threw StackOverflowError and stopped import, collect and every build. */
    @Test
    void aDeeplyNestedDocumentIsItsOwnNamedProblemNeverTheRuns() {
        String deep = "# Warnings and insurance\n\n" + ">".repeat(100_000) + " FCDO advises against all travel to Mali.\n";
        String html = "<html><body><main>" + "<div>".repeat(100_000) + "Mali" + "</div>".repeat(100_000) + "</main></body></html>";
        String lists = "# Warnings and insurance\n\n" + java.util.stream.IntStream.range(0, 1_500)
                .mapToObj(i -> "  ".repeat(i) + "* item").collect(java.util.stream.Collectors.joining("\n")) + "\n";
        for (String[] doc : new String[][] {{"uk", "deep.md", deep}, {"us", "deep.html", html}, {"uk", "lists.md", lists}}) {
            long start = System.nanoTime();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> readers.read(Source.fromKey(doc[0]), doc[1],
                    doc[2].getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .isInstanceOf(UnreadableDocumentException.class).hasMessageStartingWith(doc[1] + ": nests");
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).as("refused before any parser, in one pass")
                    .isLessThan(java.time.Duration.ofSeconds(5));
        }
        String unclosed = "<html><body><main><h1>Mali</h1><ul>" + "<li>test fixture item".repeat(5_000) + "</ul></main></body></html>";
        assertThat(readers.read(Source.US, "unclosed.html", unclosed.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .as("end tags a page may leave out nest nothing").isNotNull();
    }

    /** Regression: a JSON file saved with a byte-order mark was taken for another shape ("does not name a country"). */
    @Test
    void aJsonFileWithAByteOrderMarkIsStillJson() {
        byte[] json = Golden.read("readers/govuk-json-parts-table.json").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        assertThat(readers.forDocument(Source.UK, RawDocument.single("bom.json", withBom)).name()).isEqualTo("GOV.UK Content API JSON");
        assertThat(readers.read(Source.UK, "bom.json", withBom).country()).isNotNull();
    }

    /** Regression: a version id "../.." in a hand-edited version file failed the whole build without naming the file. */
    @Test
    void aHandEditedVersionFileWithABadIdIsAnErrorNamingIt() {
        String file = "---\ncountry:\n  iso2: \"ML\"\n  name: \"Mali\"\nsource: \"uk\"\nversion: \"../..\"\ntitle: \"t\"\n"
                + "provenance:\n  organisation: \"o\"\n---\n\nbody\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> VersionFile.read("advisories/uk/ml/x.md", file, Countries.standard()))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageStartingWith("advisories/uk/ml/x.md: ").hasMessageContaining("../..");
        String wrongType = file.replace("version: \"../..\"", "version: \"0123456789ab\"").replace("provenance:\n  organisation: \"o\"", "provenance: \"x\"");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> VersionFile.read("advisories/uk/ml/y.md", wrongType, Countries.standard()))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageStartingWith("advisories/uk/ml/y.md: ");
    }
}

package org.advisorycompare.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.advisorycompare.Golden;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Level;
import org.advisorycompare.model.Source;
import org.advisorycompare.model.StatedDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden input/expected pairs for each reader (synthetic fixtures in the shapes of real documents). */
class ReaderGoldenTest {
    private final Readers readers = Readers.standard(Countries.standard());

    @ParameterizedTest
    @CsvSource({"uk, uk-text-regional-table-furniture", "us, us-text-level-debris", "uk, uk-text-no-level-statement"})
    void readerOutputMatchesItsGoldenFile(String source, String name) {
        String input = Golden.read("readers/" + name + ".txt");
        Extraction extraction = readers.read(Source.fromKey(source), name, input.getBytes(StandardCharsets.UTF_8));
        Golden.assertMatches("readers/" + name + ".md", describe(extraction));
    }

    @ParameterizedTest
    @CsvSource({"uk, uk-text-regional-table-furniture", "us, us-text-level-debris", "uk, uk-text-no-level-statement"})
    void canonicalBodyIsAFixedPointOfFormatting(String source, String name) {
        String input = Golden.read("readers/" + name + ".txt");
        String body = readers.read(Source.fromKey(source), name, input.getBytes(StandardCharsets.UTF_8)).body();
        assertThat(Markdown.canonical(body)).isEqualTo(body);
    }

    static String describe(Extraction e) {
        Level l = e.level();
        return "country: " + (e.country() == null ? "unknown" : e.country().iso2()) + "\n"
                + "title: " + e.title() + "\n"
                + "level: " + (l.national() == null ? "unknown" : "N" + l.national()) + " | " + l.nationalNative() + "\n"
                + "regional: " + (l.regional() == null ? "unknown" : "N" + l.regional()) + " | " + l.regionalNative() + "\n"
                + "published: " + date(e.published()) + "\n"
                + "updated: " + date(e.updated()) + "\n"
                + "reviewed: " + date(e.reviewed()) + "\n"
                + "change_note: " + e.changeNote() + "\n"
                + "---\n" + e.body();
    }

    private static String date(StatedDate d) {
        return d.known() ? d.iso() + " (" + d.stated() + ")" : "unknown";
    }
}

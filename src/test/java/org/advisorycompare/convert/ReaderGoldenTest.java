package org.advisorycompare.convert;

import org.advisorycompare.read.RawDocument;

import org.advisorycompare.read.Extraction;

import org.advisorycompare.read.DocumentReader;

import org.advisorycompare.text.Markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.advisorycompare.Golden;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Details;
import org.advisorycompare.model.Level;
import org.advisorycompare.model.Source;
import org.advisorycompare.model.StatedDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden input/expected pairs for every input kind (synthetic fixtures in the shapes of real
 * documents). The expected file shows the facts read, then the canonical Markdown body; a feed shows
 * each destination it splits into, and the items it skips.
 */
class ReaderGoldenTest {
    private final Readers readers = Readers.standard(Countries.standard());

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "uk, uk-text-regional-table-furniture.txt, GOV.UK page text",
        "us, us-text-level-debris.txt, plain text",
        "uk, uk-text-no-level-statement.txt, GOV.UK page text",
        "uk, govuk-json-parts-table.json, GOV.UK Content API JSON",
        "uk, govuk-capture-st-kitts, GOV.UK page capture (parts + info.json)",
        "uk, govuk-text-capture-drc, GOV.UK text capture (part .txt + _commit.json)",
        "uk, govuk-page-eswatini.html, saved HTML page",
        "us, state-rss-feed.xml, State Department RSS",
        "us, state-rss-feed-unplaced-and-entities.xml, State Department RSS",
        "us, state-archive-item.json, State Department item JSON",
        "us, state-jsonfeed.json, State Department item JSON",
        "us, state-capture-cabo-verde, State Department page capture (Advisory.md + info.json)",
        "us, state-page-turkiye.html, saved HTML page",
        "ca, canada-json-regional.json, Global Affairs Canada travel advice JSON",
        "ca, canada-capture-peru, travel.gc.ca page capture (sections .md + info.json)"})
    void readerOutputMatchesItsGoldenFile(String source, String input, String reader) {
        RawDocument document = RawDocument.load(Golden.ROOT.resolve("readers").resolve(input));
        assertThat(readers.forDocument(Source.fromKey(source), document).name()).isEqualTo(reader);
        DocumentReader.Split split = readers.split(Source.fromKey(source), document);
        StringBuilder out = new StringBuilder();
        for (RawDocument part : split.documents()) {
            Extraction extraction = readers.read(Source.fromKey(source), part);
            if (split.documents().size() > 1) {
                out.append("=== ").append(part.name().substring(part.name().indexOf('#') + 1)).append('\n');
            }
            out.append(describe(extraction));
            assertThat(Markdown.canonical(extraction.body())).as("canonical body is a fixed point").isEqualTo(extraction.body());
            assertThat(readers.read(Source.fromKey(source), part)).as("deterministic").isEqualTo(extraction);
        }
        split.skipped().forEach(note -> out.append("=== skipped: ").append(note.substring(note.indexOf(": ") + 2)).append('\n'));
        Golden.assertMatches("readers/" + Path.of(input).getFileName().toString().replaceFirst("\\.(txt|json|xml|html)$", "") + ".md",
                out.toString());
    }

    static String describe(Extraction e) {
        Level l = e.level();
        Details d = e.details();
        return "country: " + (e.country() == null ? "unknown" : e.country().iso2() + " " + e.country().name()) + "\n"
                + "title: " + e.title() + "\n"
                + "level: " + (l.national() == null ? "unknown" : "N" + l.national()) + " | " + l.nationalNative() + "\n"
                + "regional: " + (l.regional() == null ? "unknown" : "N" + l.regional()) + " | " + l.regionalNative() + "\n"
                + "published: " + date(e.published()) + "\n"
                + "updated: " + date(e.updated()) + "\n"
                + "reviewed: " + date(e.reviewed()) + "\n"
                + "change_note: " + e.changeNote() + "\n"
                + "source_key: " + d.sourceKey() + "\n"
                + "regions: " + d.regions() + "\n"
                + "risk_indicators: " + d.indicators() + "\n"
                + "document_url: " + d.url() + "\n"
                + "captured: " + d.captured() + "\n"
                + "read_from: level " + d.readFrom().level() + " | date " + d.readFrom().date() + " | change note "
                        + d.readFrom().changeNote() + "\n"
                + "level_read: " + (l.national() == null ? "unknown" : l.nationalDerived() ? "derived by the site" : "stated") + " | " + l.nationalSource() + "\n"
                + (d.destination() == null || !d.destination().placed() ? "" : "destination: " + d.destination().folder() + " | "
                        + d.destination().name() + " | covers " + d.destination().covers().stream().map(c -> c.iso2()).toList() + "\n")
                + "---\n" + e.body();
    }

    private static String date(StatedDate d) {
        return d.known() ? d.iso() + " (" + d.stated() + ")" : "unknown";
    }

}

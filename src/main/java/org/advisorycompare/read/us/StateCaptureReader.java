package org.advisorycompare.read.us;

import org.advisorycompare.read.Captures;

import org.advisorycompare.read.RegionReader;

import org.advisorycompare.read.DateReader;

import org.advisorycompare.read.UnreadableDocumentException;

import org.advisorycompare.read.RawDocument;

import org.advisorycompare.read.Extraction;

import org.advisorycompare.read.DocumentReader;

import org.advisorycompare.text.Markdown;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advisorycompare.model.Country;
import org.advisorycompare.model.Details;
import org.advisorycompare.model.Level;
import org.advisorycompare.model.Source;
import org.advisorycompare.model.StatedDate;

/**
 * A travel.state.gov advisory page capture (the design used until August 2025): {@code Advisory.md}
 * with "### Travel Advisory July 31, 2023" and "### Mali - Level 4: Do Not Travel" lines, and the
 * scraper's {@code info.json} ({@code risk_level}, {@code risk_level_number}). The version is the
 * advisory itself; the country-information pages beside it are other documents and are not read. The
 * nine risk-indicator icons are always all present in this shape, so indicators come from the "due to"
 * sentence. A page that states no national level (Mexico's: state by state) has an unknown level.
 */
public final class StateCaptureReader implements DocumentReader {
    private static final Pattern DATE_LINE = Pattern.compile("(?m)^#{1,6} Travel Advisory (" + DateReader.DATE_IN_TEXT + ")\\s*$");
    private static final Pattern HEADING_LINE = Pattern.compile("(?m)^#{1,6} (.+)$");
    private static final Pattern ICON_LINE = Pattern.compile("(?m)^\\[[A-Z]\\]\\(javascript:void\\(0\\);? \"Tool Tip: [^\"]*\"\\)\\s*$\\n?");
    @Override
    public String name() {
        return "State Department page capture (Advisory.md + info.json)";
    }

    @Override
    public boolean accepts(Source source, RawDocument document) {
        return source == Source.US && Captures.hasFiles(document, "Advisory.md", "info.json");
    }

    @Override
    public Extraction read(RawDocument document) {
        JsonNode info = Captures.json(document, "info.json");
        String text = document.text("Advisory.md");
        Matcher date = DATE_LINE.matcher(text);
        StatedDate published = date.find() ? DateReader.read(date.group(1)) : StatedDate.UNKNOWN;
        Optional<UsAdvisory.Title> title = levelLine(text);
        String name = info.path("name").asText(title.map(UsAdvisory.Title::name).orElse(null));
        String body = Markdown.canonical(ICON_LINE.matcher(DATE_LINE.matcher(text).replaceAll("")).replaceAll(""));
        checkAgainstInfo(title, info, document.name());
        RegionReader.Regions regions = RegionReader.read(body);
        org.advisorycompare.model.Destination destination = UsAdvisory.destination(name, info.path("url").asText(null));
        Level level = title.map(t -> UsAdvisory.level(t, regions, body)).orElseGet(() -> UsAdvisory.fromAreas(body,
                destination == null ? null : destination.home(), regions));
        return new Extraction(null, title.map(t -> t.name() + " - " + t.nativeLevel()).orElse(name + " Travel Advisory"),
                level, published, StatedDate.UNKNOWN, StatedDate.UNKNOWN, UsAdvisory.changeNote(withoutHeadings(body)),
                new Details(null, regions.areas(), UsAdvisory.indicators(withoutHeadings(body)), null, null,
                        Captures.captured(document)),
                body).placed(destination)
                .readFrom(title.isPresent() ? "the page's level line" : "the page's '<Area> – <Level>' lines and lists",
                        "the page's 'Travel Advisory <date>' line", "the advisory's lead paragraph");
    }

    private static Optional<UsAdvisory.Title> levelLine(String text) {
        Matcher m = HEADING_LINE.matcher(text);
        while (m.find()) {
            Optional<UsAdvisory.Title> title = UsAdvisory.title(m.group(1));
            if (title.isPresent()) {
                return title;
            }
        }
        return Optional.empty();
    }

    /** The page's level line and the scraper's risk_level_number must agree where both exist. */
    private static void checkAgainstInfo(Optional<UsAdvisory.Title> title, JsonNode info, String name) {
        int stated = info.path("risk_level_number").asInt(-1);
        if (title.isPresent() && stated >= 1 && stated != title.get().level()) {
            throw new UnreadableDocumentException(name, "Advisory.md says Level " + title.get().level()
                    + " but info.json says risk_level_number " + stated);
        }
    }

    private static String withoutHeadings(String markdown) {
        return HEADING_LINE.matcher(markdown).replaceAll("");
    }
}

package org.advisorycompare.read.ca;

import org.advisorycompare.read.Json;

import org.advisorycompare.read.Captures;

import org.advisorycompare.read.Placing;

import org.advisorycompare.read.RegionReader;

import org.advisorycompare.read.Instants;

import org.advisorycompare.read.UnreadableDocumentException;

import org.advisorycompare.read.TextDecoder;

import org.advisorycompare.read.RawDocument;

import org.advisorycompare.read.Extraction;

import org.advisorycompare.read.DocumentReader;

import org.advisorycompare.text.Markdown;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Country;
import org.advisorycompare.model.Details;
import org.advisorycompare.model.Source;
import org.advisorycompare.model.StatedDate;

/**
 * A travel.gc.ca page capture: a folder with the sections as Markdown ({@code risk.md}, and
 * {@code security.md} and others where captured) and {@code info.json} ({@code name},
 * {@code update_reason}, {@code update_date}, {@code sections}), optionally {@code _commit.json}.
 * Levels are read from the risk section's headings ("MALI - AVOID ALL TRAVEL", "Regional Advisory -
 * Avoid non-essential travel"), in the page's own words.
 */
public final class CanadaCaptureReader implements DocumentReader {
    private final Countries countries;

    public CanadaCaptureReader(Countries countries) {
        this.countries = countries;
    }

    @Override
    public String name() {
        return "travel.gc.ca page capture (sections .md + info.json)";
    }

    @Override
    public boolean accepts(Source source, RawDocument document) {
        return source == Source.CA && Captures.hasFiles(document, "info.json", "risk.md");
    }

    @Override
    public Extraction read(RawDocument document) {
        JsonNode info = Captures.json(document, "info.json");
        String name = Json.text(info, "name");
        Country country = countries.byName(Placing.decode(name)).orElse(null);
        String body = body(document, info);
        String date = Json.text(info, "update_date");
        return new Extraction(country, name == null ? null : "Travel advice and advisories for " + name,
                CanadaLevels.fromText(body), StatedDate.UNKNOWN, date == null ? StatedDate.UNKNOWN : Instants.read(date),
                StatedDate.UNKNOWN, Json.text(info, "update_reason"),
                new Details(null, RegionReader.read(body).areas(), List.of(), null, null, Captures.captured(document)), body)
                .readFrom("the page's risk headings", "info.json update_date", "info.json update_reason");
    }

    /** The captured sections in the order {@code info.json} lists them, then any others in name order. */
    private static String body(RawDocument document, JsonNode info) {
        List<String> files = new ArrayList<>();
        info.path("sections").fieldNames().forEachRemaining(key -> files.add(key + ".md"));
        document.files().keySet().stream().filter(n -> n.endsWith(".md") && !files.contains(n)).sorted().forEach(files::add);
        StringBuilder markdown = new StringBuilder();
        for (String file : files) {
            document.file(file).ifPresent(bytes -> markdown.append(TextDecoder.decode(document.name() + "/" + file, bytes))
                    .append("\n\n"));
        }
        String canonical = Markdown.canonical(markdown.toString());
        if (canonical.isBlank()) {
            throw new UnreadableDocumentException(document.name(), "has no advice text in its .md sections");
        }
        return canonical;
    }
}

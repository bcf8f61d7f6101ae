package org.advisorycompare.read.ca;

import org.advisorycompare.read.Json;

import org.advisorycompare.read.RegionReader;

import org.advisorycompare.read.UnreadableDocumentException;

import org.advisorycompare.read.RawDocument;

import org.advisorycompare.read.Extraction;

import org.advisorycompare.read.DocumentReader;

import org.advisorycompare.text.HtmlMarkdown;

import org.advisorycompare.text.Markdown;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Country;
import org.advisorycompare.model.Details;
import org.advisorycompare.model.Level;
import org.advisorycompare.model.Source;
import org.advisorycompare.model.StatedDate;

/**
 * Global Affairs Canada's open data for one destination ({@code /travel-voyage/cta-cap-<iso2>.json}).
 * The level is the number {@code data.advisory-state} (0-3, read as N1-N4) beside the English wording
 * {@code data.eng.advisory-text}; regional levels come from the "Regional advisory - ..." headings of
 * the risk text; the date from {@code eng.friendly-date}; the change note from {@code eng.recent-updates}.
 * Every HTML field of {@code data.eng} becomes one section ({@code # Title}) in the file's order.
 */
public final class CanadaJsonReader implements DocumentReader {
    static final String TRAVEL_GC_CA = "https://travel.gc.ca/destinations/";
    /** Fields of {@code data.eng} that are facts, not advice text. */
    private static final List<String> FACT_FIELDS = List.of("name", "url-slug", "geo-group", "flag", "friendly-date",
            "advisory-text", "recent-updates");
    private static final Map<String, String> TITLES = Map.of("advisories", "Risk level", "security", "Safety and security",
            "entry-exit", "Entry and exit requirements", "health", "Health", "laws-culture", "Laws and culture",
            "disasters-climate", "Natural disasters and climate", "offices-help-abroad", "Assistance");
    private final Countries countries;

    public CanadaJsonReader(Countries countries) {
        this.countries = countries;
    }

    @Override
    public String name() {
        return "Global Affairs Canada travel advice JSON";
    }

    @Override
    public boolean accepts(Source source, RawDocument document) {
        String head = document.head();
        return source == Source.CA && !document.isFolder() && head.startsWith("{") && head.contains("\"advisory-state\"");
    }

    @Override
    public Extraction read(RawDocument document) {
        JsonNode data = Json.parse(document).path("data");
        JsonNode eng = data.path("eng");
        if (!data.has("advisory-state") || !eng.isObject()) {
            throw new UnreadableDocumentException(document.name(), "has no data.advisory-state and data.eng: it is not "
                    + "Canada's advice for one destination (cta-cap-<iso2>.json); the index lists countries only");
        }
        String iso = Json.text(data, "country-iso");
        Country country = countries.byIso(iso).or(() -> countries.byName(Json.text(eng, "name"))).orElse(null);
        String slug = Json.text(eng, "url-slug");
        String url = slug == null ? null : TRAVEL_GC_CA + slug;
        String body = body(eng, url == null ? TRAVEL_GC_CA : url, document.name());
        RegionReader.Regions regions = RegionReader.read(body);
        Level level = CanadaLevels.read(data.path("advisory-state"), Json.text(eng, "advisory-text"), body);
        String name = Json.text(eng, "name");
        String note = Json.text(eng, "recent-updates");
        return new Extraction(country, name == null ? null : "Travel advice and advisories for " + name, level,
                StatedDate.UNKNOWN, CanadaLevels.date(Json.text(eng, "friendly-date")), StatedDate.UNKNOWN,
                note != null ? note : Json.text(data, "update-metadata"),
                new Details(iso, regions.areas(), List.of(), url, null), body)
                .readFrom("data.advisory-state, beside eng.advisory-text", "eng.friendly-date",
                        note != null ? "eng.recent-updates" : "data.update-metadata");
    }

    private static String body(JsonNode eng, String baseUri, String name) {
        StringBuilder markdown = new StringBuilder();
        for (Iterator<Map.Entry<String, JsonNode>> it = eng.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (FACT_FIELDS.contains(field.getKey())) {
                continue;
            }
            String text = HtmlMarkdown.convert(html(field.getValue()), baseUri);
            if (!text.isBlank()) {
                markdown.append("# ").append(TITLES.getOrDefault(field.getKey(), title(field.getKey()))).append("\n\n")
                        .append(text).append("\n");
            }
        }
        if (markdown.isEmpty()) {
            throw new UnreadableDocumentException(name, "has no advice text under data.eng (no 'advisories' or other section)");
        }
        return Markdown.canonical(markdown.toString());
    }

    /** The HTML of a field: a string, or the strings inside an object such as {@code offices-help-abroad}. */
    private static String html(JsonNode value) {
        if (value.isTextual()) {
            return value.asText();
        }
        StringBuilder html = new StringBuilder();
        value.forEach(child -> html.append(child.isTextual() ? child.asText() : ""));
        return html.toString();
    }

    /** "laws-culture" → "Laws culture": the key's own words where the field is not one we know. */
    private static String title(String key) {
        String words = key.replace('-', ' ').strip();
        return words.isEmpty() ? "Untitled" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

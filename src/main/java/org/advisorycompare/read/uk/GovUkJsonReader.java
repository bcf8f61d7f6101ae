package org.advisorycompare.read.uk;

import org.advisorycompare.read.Json;

import org.advisorycompare.read.Placing;

import org.advisorycompare.read.RegionReader;

import org.advisorycompare.read.LevelReader;

import org.advisorycompare.read.Instants;

import org.advisorycompare.read.NotAdviceException;

import org.advisorycompare.read.UnreadableDocumentException;

import org.advisorycompare.read.RawDocument;

import org.advisorycompare.read.Extraction;

import org.advisorycompare.read.DocumentReader;

import org.advisorycompare.text.HtmlMarkdown;

import org.advisorycompare.text.Markdown;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.advisorycompare.model.Country;
import org.advisorycompare.model.Details;
import org.advisorycompare.model.Level;
import org.advisorycompare.model.Source;
import org.advisorycompare.model.StatedDate;

/**
 * The GOV.UK Content API's travel advice for one country ({@code /api/content/foreign-travel-advice/<slug>}).
 * Levels come from the structured {@code alert_status}; dates from {@code public_updated_at} (the
 * page's "Updated") and {@code reviewed_at}; the change note from {@code change_description}; every
 * part becomes one section ({@code # Title}) in order, its HTML cleaned and converted.
 */
public final class GovUkJsonReader implements DocumentReader {
    @Override
    public String name() {
        return "GOV.UK Content API JSON";
    }

    @Override
    public boolean accepts(Source source, RawDocument document) {
        String head = document.head();
        return source == Source.UK && !document.isFolder() && head.startsWith("{")
                && (head.contains("\"schema_name\"") || head.contains("\"document_type\"") || head.contains("\"base_path\""));
    }

    @Override
    public Extraction read(RawDocument document) {
        JsonNode root = Json.parse(document);
        String type = root.path("document_type").asText(root.path("schema_name").asText(""));
        if (type.equals("travel_advice_index")) {
            throw new NotAdviceException(document.name(), "the GOV.UK index of travel advice ('travel_advice_index'), which lists countries, not their advice");
        }
        if (!type.equals("travel_advice")) {
            throw new UnreadableDocumentException(document.name(), "is a GOV.UK '" + type
                    + "' document, not travel advice for one country (document_type travel_advice)");
        }
        JsonNode details = root.path("details");
        org.advisorycompare.model.Destination destination = destination(details.path("country"), root.path("base_path").asText(null));
        String body = body(details.path("parts"), document.name());
        Level status = covered(UkAlertStatus.level(codes(details.get("alert_status")), document.name()), details.path("parts"),
                destination);
        RegionReader.Regions regions = RegionReader.read(body);
        String basePath = root.path("base_path").asText(null);
        return new Extraction(null, Json.text(root, "title"), status, StatedDate.UNKNOWN,
                instant(root.path("public_updated_at")), instant(details.path("reviewed_at")),
                Json.text(details, "change_description"),
                new Details(details.path("country").path("slug").asText(null), regions.areas(), List.of(),
                        basePath == null ? null : GovUkTextReader.GOV_UK + basePath, null),
                body).placed(destination)
                .readFrom("details.alert_status", "public_updated_at", "details.change_description");
    }

    /**
     * alert_status has codes for the whole country or for parts: where it has none for the whole country and the
     * warnings part's statements cover every part of it, the national level is read as every other shape reads
     * that page (the least strict level everywhere, the site's reading), so a level does not depend on the shape.
     */
    private static Level covered(Level status, JsonNode parts, org.advisorycompare.model.Destination destination) {
        if (destination == null || status.national() == null || status.national() != 1 || status.nationalDerived()) {
            return status;
        }
        for (JsonNode part : parts) {
            String title = part.path("title").asText("");
            if (title.equals("Warnings and insurance") || title.equals("Summary")) {
                String markdown = HtmlMarkdown.markdown(part.path("body").asText(""), GovUkTextReader.GOV_UK + "/");
                Level text = LevelReader.uk(GovUkTextReader.blockTexts(Markdown.parse(markdown)), destination.home());
                return text.nationalDerived() ? text : status;
            }
        }
        return status;
    }


    /** The destination GOV.UK names by its slug and name; null when the crosswalk and the country table do not place it. */
    private static org.advisorycompare.model.Destination destination(JsonNode node, String basePath) {
        String slug = node.path("slug").asText(null);
        return Placing.of(Source.UK, node.path("name").asText(null), slug,
                basePath == null ? null : GovUkTextReader.GOV_UK + basePath);
    }

    private static String body(JsonNode parts, String name) {
        if (!parts.isArray() || parts.isEmpty()) {
            throw new NotAdviceException(name, "travel advice with no details.parts: no advice text to show");
        }
        StringBuilder markdown = new StringBuilder();
        for (JsonNode part : parts) {
            String title = part.path("title").asText(part.path("slug").asText("Untitled part"));
            markdown.append("# ").append(title).append("\n\n")
                    .append(HtmlMarkdown.markdown(part.path("body").asText(""), GovUkTextReader.GOV_UK + "/"))
                    .append("\n");
        }
        // made canonical once, as a whole (each part on its own as well gave the same text, at twice the cost)
        return Markdown.canonical(markdown.toString());
    }

    private static List<String> codes(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        List<String> codes = new ArrayList<>();
        node.forEach(code -> codes.add(code.asText()));
        return codes;
    }

    static StatedDate instant(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? Instants.read(node.asText()) : StatedDate.UNKNOWN;
    }

}

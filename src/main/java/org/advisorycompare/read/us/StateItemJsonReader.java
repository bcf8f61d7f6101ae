package org.advisorycompare.read.us;

import org.advisorycompare.read.Json;

import org.advisorycompare.read.RegionReader;

import org.advisorycompare.read.DateReader;

import org.advisorycompare.read.UnreadableDocumentException;

import org.advisorycompare.read.RawDocument;

import org.advisorycompare.read.Extraction;

import org.advisorycompare.read.DocumentReader;

import org.advisorycompare.text.HtmlMarkdown;

import org.advisorycompare.text.Markdown;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;
import org.advisorycompare.model.Country;
import org.advisorycompare.model.Details;
import org.advisorycompare.model.Source;
import org.advisorycompare.model.StatedDate;

/**
 * Two archived forms of one State Department RSS item: the archive JSON with the description as
 * Markdown ({@code country}, {@code level}, {@code full_title}, {@code date}, {@code remote_link},
 * {@code content_md}) and JSON Feed 1.1 ({@code items[0]}: {@code title}, {@code content_html}, the
 * RSS description verbatim, and {@code date_published}). Level from the title; the structured
 * {@code level} field must agree with it.
 */
public final class StateItemJsonReader implements DocumentReader {
    /** A bold line broken before its closing marker ("**Crime  \n**Violent crime...") is a section heading. */
    private static final Pattern BROKEN_BOLD_HEADING = Pattern.compile("(?m)^\\*\\*([^*\\n]{1,100}?)\\s*\\n\\*\\*");
    @Override
    public String name() {
        return "State Department item JSON";
    }

    @Override
    public boolean accepts(Source source, RawDocument document) {
        String head = document.head();
        return source == Source.US && !document.isFolder() && head.startsWith("{")
                && (head.contains("\"full_title\"") || head.contains("jsonfeed.org/version"));
    }

    @Override
    public Extraction read(RawDocument document) {
        JsonNode root = Json.parse(document);
        return root.has("items") ? jsonFeed(root, document.name()) : archiveItem(root, document.name());
    }

    private Extraction archiveItem(JsonNode root, String name) {
        String titleText = Json.text(root, "full_title");
        UsAdvisory.Title title = title(titleText, name);
        if (root.has("level") && root.path("level").asInt() != title.level()) {
            throw new UnreadableDocumentException(name, "level field " + root.path("level").asInt()
                    + " disagrees with its title '" + titleText + "'");
        }
        String markdown = Json.text(root, "content_md");
        String body = Markdown.canonical(BROKEN_BOLD_HEADING.matcher(markdown == null ? "" : markdown).replaceAll("## $1\n\n"));
        return extraction(title, titleText, Json.text(root, "date"), body, Json.text(root, "remote_link"), name);
    }

    private Extraction jsonFeed(JsonNode root, String name) {
        JsonNode items = root.path("items");
        if (items.size() != 1) {
            throw new UnreadableDocumentException(name, "JSON Feed holds " + items.size() + " items; expected one advisory");
        }
        JsonNode item = items.get(0);
        String titleText = Json.text(item, "title");
        String html = Json.text(item, "content_html");
        String body = HtmlMarkdown.convert(html == null ? "" : html, "https://travel.state.gov/");
        String published = Json.text(item, "date_published");
        return extraction(title(titleText, name), titleText, published == null ? null : published.substring(0, Math.min(10, published.length())),
                body, Json.text(item, "url"), name);
    }

    private UsAdvisory.Title title(String titleText, String name) {
        return UsAdvisory.title(titleText).orElseThrow(() -> new UnreadableDocumentException(name,
                "title '" + titleText + "' is not '<Country> - Level N: <Advice>'"));
    }

    private Extraction extraction(UsAdvisory.Title title, String titleText, String date, String body, String url, String name) {
        if (body.isBlank()) {
            throw new UnreadableDocumentException(name, "has no advisory text");
        }
        com.vladsch.flexmark.util.ast.Document parsed = Markdown.parse(body); // once, for the three facts read from it
        RegionReader.Regions regions = RegionReader.read(body, () -> parsed);
        return new Extraction(null, titleText, UsAdvisory.level(title, regions, body), DateReader.read(date),
                StatedDate.UNKNOWN, StatedDate.UNKNOWN, UsAdvisory.changeNote(parsed),
                new Details(null, regions.areas(), UsAdvisory.indicators(parsed), url, null), body)
                .placed(UsAdvisory.destination(title.name(), url))
                .readFrom("the item's title", "the item's date", "the advisory's lead paragraph");
    }
}

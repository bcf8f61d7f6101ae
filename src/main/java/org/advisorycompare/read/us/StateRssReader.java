package org.advisorycompare.read.us;

import org.advisorycompare.read.Placing;

import org.advisorycompare.read.RegionReader;

import org.advisorycompare.read.DateReader;

import org.advisorycompare.read.UnreadableDocumentException;

import org.advisorycompare.read.RawDocument;

import org.advisorycompare.read.Extraction;

import org.advisorycompare.read.DocumentReader;

import org.advisorycompare.text.HtmlMarkdown;

import org.advisorycompare.text.Markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advisorycompare.model.Details;
import org.advisorycompare.model.Source;
import org.advisorycompare.model.StatedDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The State Department's RSS feed of travel advisories ({@code TAsTWs.xml}). A whole feed splits into
 * one document per destination: the channel's opening lines and that item's bytes exactly as they are
 * in the feed. A single-item document reads as: level from the title "{@code <Name> - Level N: <Label>}"
 * (repeated in the Threat-Level category), published date from {@code pubDate}, the Country-Tag kept
 * as the source's key (it is not ISO: TU is Turkey), and the advisory from the description HTML.
 */
public final class StateRssReader implements DocumentReader {
    private static final Pattern ITEM = Pattern.compile("<item\\b.*?</item>", Pattern.DOTALL);
    private static final Pattern ITEM_TITLE = Pattern.compile("<title>\\s*(?:<!\\[CDATA\\[)?(.*?)(?:]]>)?\\s*</title>", Pattern.DOTALL);
    @Override
    public String name() {
        return "State Department RSS";
    }

    @Override
    public boolean accepts(Source source, RawDocument document) {
        String head = document.head();
        return source == Source.US && !document.isFolder() && head.contains("<rss") && head.contains("<channel");
    }

    @Override
    public Split split(RawDocument document) {
        String feed = document.text();
        if (!feed.strip().endsWith("</rss>")) {
            throw new UnreadableDocumentException(document.name(), "truncated feed (no closing </rss>); nothing was taken from it");
        }
        Matcher items = ITEM.matcher(feed);
        int first = feed.indexOf("<item");
        if (first < 0) {
            throw new UnreadableDocumentException(document.name(), "is an RSS feed without any <item>");
        }
        String channelHead = feed.substring(0, first);
        List<RawDocument> documents = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        while (items.find()) {
            String item = items.group();
            Matcher title = ITEM_TITLE.matcher(item);
            // the XML's own escaping, then a title escaped twice as some feeds have it ("d&amp;#x27;Ivoire")
            String name = title.find() ? Placing.decode(Placing.decode(title.group(1))) : "(untitled item)";
            if (UsAdvisory.title(name).isEmpty()) {
                skipped.add(document.name() + ": item '" + name + "' is not a country advisory with a level");
                continue;
            }
            // an item whose destination is not placed is still split off: it is set aside on its own when read
            byte[] bytes = (channelHead + item + "\n  </channel>\n</rss>\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            documents.add(RawDocument.single(document.name() + "#" + name, bytes));
        }
        if (documents.isEmpty() && skipped.isEmpty()) {
            throw new UnreadableDocumentException(document.name(), "has no complete <item> (truncated feed?)");
        }
        return new Split(documents, skipped);
    }

    @Override
    public Extraction read(RawDocument document) {
        String text = document.text();
        if (!text.strip().endsWith("</rss>")) {
            throw new UnreadableDocumentException(document.name(), "truncated feed (no closing </rss>)");
        }
        Document xml = Jsoup.parse(text, "", Parser.xmlParser());
        List<Element> items = xml.select("item");
        if (items.size() != 1) {
            throw new UnreadableDocumentException(document.name(), items.isEmpty() ? "is an RSS feed without any <item>"
                    : "holds " + items.size() + " items; import the feed to split it into one document per destination");
        }
        Element item = items.get(0);
        String titleText = item.selectFirst("title") == null ? "" : Placing.decode(item.selectFirst("title").text());
        UsAdvisory.Title title = UsAdvisory.title(titleText).orElseThrow(() -> new UnreadableDocumentException(
                document.name(), "item title '" + titleText + "' is not '<Country> - Level N: <Advice>'"));
        Element description = item.selectFirst("description");
        String body = HtmlMarkdown.convert(description == null ? "" : description.text(), "https://travel.state.gov/");
        String link = childText(item, "link");
        com.vladsch.flexmark.util.ast.Document parsed = Markdown.parse(body); // once, for the three facts read from it
        RegionReader.Regions regions = RegionReader.read(body, () -> parsed);
        return new Extraction(null, titleText, UsAdvisory.level(title, regions, body),
                DateReader.read(childText(item, "pubDate")), StatedDate.UNKNOWN,
                StatedDate.UNKNOWN, UsAdvisory.changeNote(parsed),
                new Details(countryTag(item), regions.areas(), UsAdvisory.indicators(parsed), link, null),
                body).placed(UsAdvisory.destination(title.name(), link))
                .readFrom("the item's title", "the item's pubDate", "the advisory's lead paragraph");
    }

    private static String countryTag(Element item) {
        Element tag = item.selectFirst("category[domain=Country-Tag]");
        return tag == null ? null : tag.text().strip();
    }

    private static String childText(Element item, String tag) {
        Element child = item.selectFirst(tag);
        return child == null || child.text().isBlank() ? null : child.text().strip();
    }
}

package org.advisorycompare.convert;

import org.advisorycompare.read.us.UsAdvisory;

import org.advisorycompare.read.uk.GovUkTextReader;

import org.advisorycompare.read.Placing;

import org.advisorycompare.read.RegionReader;

import org.advisorycompare.read.LevelReader;

import org.advisorycompare.read.DateReader;

import org.advisorycompare.read.UnreadableDocumentException;

import org.advisorycompare.read.RawDocument;

import org.advisorycompare.read.Extraction;

import org.advisorycompare.read.DocumentReader;

import org.advisorycompare.text.HtmlMarkdown;

import org.advisorycompare.text.Markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advisorycompare.model.Country;
import org.advisorycompare.model.Details;
import org.advisorycompare.model.Level;
import org.advisorycompare.model.Source;
import org.advisorycompare.model.StatedDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A travel-advice page saved from a browser. GOV.UK: the part's {@code .govuk-govspeak} content, the
 * page's "Still current at / Updated / Latest update" list, the country from the canonical
 * {@code /foreign-travel-advice/<slug>} URL. travel.state.gov: the advisory's main content, the
 * "Travel Advisory July 31, 2023" date, the "{@code <Country> - Level N: <Label>}" line. Page
 * furniture is removed and the rest converted like any HTML from outside.
 */
public final class HtmlPageReader implements DocumentReader {
    private static final Pattern ADVICE_PATH = Pattern.compile("/foreign-travel-advice/([a-z0-9-]+)");
    private static final Pattern US_DATE = Pattern.compile("Travel Advisory (" + DateReader.DATE_IN_TEXT + ")");
    /** Anchored at both ends: searched for in a long heading, an unanchored lazy group backtracks quadratically. */
    private static final Pattern US_TITLE = Pattern.compile("^(.+?) Travel Advisory$");
    @Override
    public String name() {
        return "saved HTML page";
    }

    @Override
    public boolean accepts(Source source, RawDocument document) {
        String head = document.head().toLowerCase(java.util.Locale.ROOT);
        return !document.isFolder() && (head.startsWith("<!doctype html") || head.startsWith("<html"));
    }

    @Override
    public Extraction read(RawDocument document) {
        String text = document.text();
        if (!text.toLowerCase(java.util.Locale.ROOT).contains("</html>")) {
            throw new UnreadableDocumentException(document.name(), "truncated HTML (no closing </html>); save the whole page again");
        }
        Document page = Jsoup.parse(text, source(document));
        // the page's own head says whose it is; a link to gov.uk in a State Department page's body does not
        return page.head().html().contains("gov.uk") || !page.select(".govuk-govspeak").isEmpty()
                ? govUk(page) : state(page);
    }

    private static String source(RawDocument document) {
        return document.head().contains("travel.state.gov") ? "https://travel.state.gov/" : GovUkTextReader.GOV_UK + "/";
    }

    private Extraction govUk(Document page) {
        String slug = slug(page).orElse(null);
        org.advisorycompare.model.Destination destination = slug == null ? null : Placing.of(Source.UK, null, slug, canonical(page));
        Country country = destination == null ? null : destination.home();
        List<String> parts = new ArrayList<>();
        String title = text(page.selectFirst("h1"));
        for (Element content : page.select(".govuk-govspeak")) {
            parts.add(content.html());
        }
        String html = parts.isEmpty() ? main(page).html() : String.join("\n", parts);
        String body = Markdown.canonical((title == null ? "" : "# " + title + "\n\n") + HtmlMarkdown.convert(html, page.baseUri()));
        Level level = country == null ? Level.UNKNOWN : LevelReader.uk(GovUkTextReader.blockTexts(Markdown.parse(body)), country);
        return new Extraction(country, title, level, StatedDate.UNKNOWN, DateReader.read(metadata(page, "Updated")),
                DateReader.read(metadata(page, "Still current at")), metadata(page, "Latest update"),
                new Details(slug, RegionReader.read(body).areas(), List.of(), canonical(page), null), body).placed(destination)
                .readFrom("the page's advice statements", "the page's 'Updated' line", "the page's 'Latest update' line");
    }

    private Extraction state(Document page) {
        Element main = main(page);
        String heading = text(main.selectFirst("h1"));
        Optional<UsAdvisory.Title> title = main.select("h1, h2, h3, h4, h5, h6, p, div").stream()
                .map(e -> UsAdvisory.title(e.ownText())).flatMap(Optional::stream).findFirst();
        String name = title.map(UsAdvisory.Title::name).orElseGet(() -> heading == null ? null
                : US_TITLE.matcher(heading).replaceFirst("$1"));
        Matcher date = US_DATE.matcher(main.text());
        String body = HtmlMarkdown.convert(main.html(), page.baseUri());
        RegionReader.Regions regions = RegionReader.read(body);
        return new Extraction(null, heading,
                title.map(t -> UsAdvisory.level(t, regions, body)).orElse(Level.UNKNOWN),
                date.find() ? DateReader.read(date.group(1)) : StatedDate.UNKNOWN, StatedDate.UNKNOWN, StatedDate.UNKNOWN,
                UsAdvisory.changeNote(body), new Details(null, regions.areas(), UsAdvisory.indicators(body),
                        canonical(page), null), body).placed(name == null ? null : UsAdvisory.destination(name, canonical(page)))
                .readFrom("the page's level line", "the page's 'Travel Advisory <date>' line", "the advisory's lead paragraph");
    }

    private static Element main(Document page) {
        Element main = page.selectFirst("main, [role=main], article");
        return main == null ? page.body() : main;
    }

    /** The value beside a label in the page's metadata list ("Updated" → "30 October 2025"). */
    private static String metadata(Document page, String label) {
        for (Element term : page.select("dt")) {
            if (term.text().replaceAll(":\\s*$", "").strip().equalsIgnoreCase(label)) {
                Element value = term.nextElementSibling();
                return value == null ? null : value.text().strip();
            }
        }
        return null;
    }

    private static Optional<String> slug(Document page) {
        String canonical = canonical(page);
        Matcher m = ADVICE_PATH.matcher(canonical == null ? "" : canonical);
        return m.find() ? Optional.of(m.group(1)) : GovUkTextReader.slug(page.html());
    }

    private static String canonical(Document page) {
        Element link = page.selectFirst("link[rel=canonical]");
        return link == null ? null : link.absUrl("href");
    }

    private static String text(Element element) {
        return element == null ? null : element.text().strip();
    }
}

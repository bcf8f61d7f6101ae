package org.advisorycompare.render;

import org.advisorycompare.text.Markdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The HTML of a version's Markdown body for embedding in a page: rendered by Flexmark with raw HTML
 * escaped, images turned into links (the site makes no third-party requests), passed through a strict jsoup safelist (no scripts, event handlers, styles or
 * javascript:/data: URLs), headings shifted down so they sit below the page's own, and external links
 * marked so they do not pass a referrer.
 */
public final class HtmlBody {
    private static final Safelist SAFE = Safelist.relaxed()
            .removeTags("img")
            .addProtocols("a", "href", "http", "https", "mailto")
            .preserveRelativeLinks(false);

    private static final String BASE = "https://www.gov.uk/";
    /** The queries, parsed once: jsoup would parse each again for every body. */
    private static final Evaluator IMAGES = QueryParser.parse("img[src]");
    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final Evaluator ANY_HEADING = QueryParser.parse("h1, h2, h3, h4, h5, h6");

    private HtmlBody() {
    }

    /**
     * "Official image: Risk level map (on the government's site, not shown here; published with this advice under
     * the Open Government Licence v3.0)"; an image the government gave no description is named by its file.
     */
    private static Element imageLink(Element image, String licence, boolean linked) {
        String src = image.attr("src");
        String alt = image.attr("alt").strip();
        String name = alt.isEmpty() ? "an image the government did not describe (" + src.substring(src.lastIndexOf('/') + 1)
                + ")" : alt;
        Element note = new Element("span");
        // an image the government put inside a link keeps that link: a link inside a link is not HTML
        (linked ? note.appendElement("a").attr("href", src) : note.appendElement("span")).text("Official image: " + name);
        note.appendText(" (on the government's site, not shown here" + (licence == null ? ""
                : "; published with this advice under: " + licence) + ")");
        return note;
    }

    /** The body HTML with its top heading level at {@code topLevel} (h1 becomes h{@code topLevel}). */
    public static String of(String markdown, int topLevel) {
        return of(markdown, topLevel, null);
    }

    /**
     * The same, each official image (a map) a link to where the government publishes it, with its description
     * and the licence of the advice it is part of ({@code licence}, null when not known): the page never loads it.
     */
    public static String of(String markdown, int topLevel, String licence) {
        Document rendered = Jsoup.parseBodyFragment(Markdown.toHtml(markdown), BASE);
        for (Element image : rendered.select(IMAGES)) {
            image.replaceWith(imageLink(image, licence, image.closest("a") == null));
        }
        // the safelist is applied to the parsed tree: one parse, no round trip through text
        Document doc = new Cleaner(SAFE).clean(rendered);
        doc.outputSettings().prettyPrint(false);
        shiftHeadings(doc, topLevel);
        for (Element link : doc.select(LINKS)) {
            link.attr("href", validUrl(link.attr("href"))).attr("rel", "noreferrer");
        }
        return doc.body().html().strip();
    }

    /**
     * Headings shifted so the body's top one is h{@code topLevel}, below the page's own heading, and never a level
     * skipped on the way down (a government's "###" straight after its "#" becomes the next level): an outline a
     * screen reader can follow, and valid HTML.
     */
    private static void shiftHeadings(Document doc, int topLevel) {
        int previous = topLevel - 1;
        for (Element heading : doc.select(ANY_HEADING)) {
            int level = Math.min(6, Math.min(heading.tagName().charAt(1) - '0' + topLevel - 1, previous + 1));
            heading.tagName("h" + level);
            previous = level;
        }
    }

    /**
     * A link as a valid URL: a character no URL may hold (a backslash a government's mail filter left, a space) is
     * percent-encoded, so the link still goes where the government's went.
     */
    static String validUrl(String href) {
        StringBuilder out = null;
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            boolean allowed = c > ' ' && c < 127 && "\\\"<>^`{|}".indexOf(c) < 0;
            if (!allowed && out == null) {
                out = new StringBuilder(href.length() + 8).append(href, 0, i);
            }
            if (out != null) {
                if (allowed) {
                    out.append(c);
                } else {
                    for (byte b : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                        out.append('%').append(String.format("%02X", b & 0xff));
                    }
                }
            }
        }
        return out == null ? href : out.toString();
    }
}

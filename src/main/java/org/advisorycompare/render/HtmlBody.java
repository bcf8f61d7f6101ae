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
    private static final Evaluator[] HEADINGS = java.util.stream.IntStream.rangeClosed(0, 6)
            .mapToObj(level -> level == 0 ? null : QueryParser.parse("h" + level)).toArray(Evaluator[]::new);

    private HtmlBody() {
    }

    /** The body HTML with its top heading level at {@code topLevel} (h1 becomes h{@code topLevel}). */
    public static String of(String markdown, int topLevel) {
        Document rendered = Jsoup.parseBodyFragment(Markdown.toHtml(markdown), BASE);
        for (Element image : rendered.select(IMAGES)) {
            String src = image.attr("src");
            String alt = image.attr("alt").isBlank() ? src.substring(src.lastIndexOf('/') + 1) : image.attr("alt");
            image.replaceWith(new Element("a").attr("href", image.attr("src")).text("[Image: " + alt + "]"));
        }
        // the safelist is applied to the parsed tree: one parse, no round trip through text
        Document doc = new Cleaner(SAFE).clean(rendered);
        doc.outputSettings().prettyPrint(false);
        for (int level = 6; level >= 1; level--) {
            for (Element heading : doc.select(HEADINGS[level])) {
                heading.tagName("h" + Math.min(6, level + topLevel - 1));
            }
        }
        doc.select(LINKS).attr("rel", "noreferrer");
        return doc.body().html().strip();
    }
}

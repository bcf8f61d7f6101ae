package org.advisorycompare.read;

import org.advisorycompare.model.Destination;
import org.advisorycompare.model.Destinations;
import org.advisorycompare.model.Source;
import org.jsoup.parser.Parser;

/** Where a document's destination is: the crosswalk's placement of the name, key and URL it states (entities decoded). */
public final class Placing {
    private Placing() {
    }

    /** The destination, or null when neither the crosswalk nor the country table places it. */
    public static Destination of(Source source, String name, String key, String url) {
        return Destinations.standard().place(source, decode(name), decode(key), url).orElse(null);
    }

    /** Text with XML and HTML entities decoded ({@code St Pierre &amp; Miquelon}, {@code Côte d&#x27;Ivoire}). */
    public static String decode(String text) {
        return text == null ? null : Parser.unescapeEntities(text, false).strip();
    }
}

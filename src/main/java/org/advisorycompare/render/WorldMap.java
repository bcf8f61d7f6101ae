package org.advisorycompare.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The home page's world map, drawn at build time as inline SVG from Natural Earth's outlines
 * ({@code world-110m.tsv}): each country with a page is a link with an accessible name saying each government's
 * level and their agreement, and carries them as data for the map's views (one per government, one of agreement,
 * switched by the page's script; agreement without it). Countries without a page are drawn plain. No request
 * leaves the site; the countries table stays the primary view.
 */
final class WorldMap {
    /** One country with a page: its name, page, accessible description and the values the views colour by. */
    record Country(String iso2, String name, String href, String label, Map<String, String> data) {
    }

    private static final Map<String, String> OUTLINES = load();

    private WorldMap() {
    }

    static String svg(List<Country> countries) {
        Map<String, Country> byIso = new LinkedHashMap<>();
        countries.forEach(c -> byIso.put(c.iso2(), c));
        StringBuilder svg = new StringBuilder("<svg class=\"world-map view-agreement\" id=\"world-map\" viewBox=\"0 0 1000 400\""
                + " role=\"group\" aria-label=\"World map of the countries with collected advice\">");
        OUTLINES.forEach((iso2, path) -> {
            Country c = byIso.get(iso2);
            if (c == null) {
                svg.append("<path class=\"land\" d=\"").append(path).append("\" aria-hidden=\"true\"/>");
                return;
            }
            svg.append("<a href=\"").append(escape(c.href())).append("\" aria-label=\"").append(escape(c.label())).append("\">")
                    .append("<path class=\"country\" d=\"").append(path).append('"');
            c.data().forEach((key, value) -> svg.append(" data-").append(key).append("=\"").append(escape(value)).append('"'));
            svg.append("><title>").append(escape(c.label())).append("</title></path></a>");
        });
        return svg.append("</svg>").toString();
    }

    /** Whether the outlines have this country (small islands at this scale do not). */
    static boolean drawn(String iso2) {
        return OUTLINES.containsKey(iso2);
    }

    private static Map<String, String> load() {
        Map<String, String> outlines = new LinkedHashMap<>();
        try (InputStream in = WorldMap.class.getResourceAsStream("/world-110m.tsv")) {
            if (in == null) {
                throw new IllegalStateException("world-110m.tsv is missing from the application");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .forEach(line -> outlines.put(line.substring(0, line.indexOf('\t')), line.substring(line.indexOf('\t') + 1)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read world-110m.tsv", e);
        }
        return outlines;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

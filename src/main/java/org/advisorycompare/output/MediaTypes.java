package org.advisorycompare.output;

import java.util.Locale;
import java.util.Map;

/** The media type of each kind of file the site has, by its name's extension, for servers and object stores. */
public final class MediaTypes {
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("xml", "application/xml"), Map.entry("svg", "image/svg+xml"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("png", "image/png"), Map.entry("gz", "application/gzip"));

    private MediaTypes() {
    }

    /** The type of a file named {@code name}; {@code application/octet-stream} for an unknown kind. */
    public static String of(String name) {
        return TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT), "application/octet-stream");
    }
}

package org.advisorycompare.site;

import java.util.ArrayList;
import java.util.List;
import org.advisorycompare.config.BuildConfig;

/**
 * {@code sitemap.xml} listing every HTML page of the built site (from the final file list, so nothing is
 * missed) and {@code robots.txt} pointing at it. No lastmod: the build time is never written.
 */
public final class Sitemap {
    private Sitemap() {
    }

    public static List<OutputFile> of(List<String> files, BuildConfig config) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        List<String> pages = new ArrayList<>();
        for (String file : files) {
            if (file.endsWith("index.html")) {
                pages.add(file.substring(0, file.length() - "index.html".length()));
            }
        }
        pages.stream().sorted().forEach(p -> xml.append("  <url><loc>").append(escape(config.absolute(p))).append("</loc></url>\n"));
        xml.append("</urlset>\n");
        String robots = "User-agent: *\nAllow: /\nSitemap: " + config.absolute("sitemap.xml") + "\n";
        return List.of(OutputFile.text("sitemap.xml", xml.toString()), OutputFile.text("robots.txt", robots));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

package org.advisorycompare.output;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.advisorycompare.config.BuildConfig;

/**
 * {@code sitemap.xml} listing every HTML page of the built site (from the final file list, so nothing is
 * missed) and {@code robots.txt} pointing at it. No lastmod: the build time is never written. A sitemap
 * may list at most {@value #MAX_URLS} URLs: a larger site gets {@code sitemap-1.xml}, {@code sitemap-2.xml}
 * and so on (in the site's root, as the protocol wants: a sitemap lists only URLs under its own folder),
 * and {@code sitemap.xml} becomes the index of them.
 */
public final class Sitemap implements Output {
    /** The most URLs the sitemap protocol allows in one file. */
    static final int MAX_URLS = 50_000;
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String NAMESPACE = "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"";

    @Override
    public void renderIndex(List<String> paths, BuildConfig config, Consumer<OutputFile> sink) {
        of(paths, config).forEach(sink);
    }

    static List<OutputFile> of(List<String> files, BuildConfig config) {
        List<String> pages = new ArrayList<>();
        for (String file : files) {
            if (file.endsWith("index.html")) {
                pages.add(file.substring(0, file.length() - "index.html".length()));
            }
        }
        pages.sort(null);
        List<OutputFile> out = new ArrayList<>();
        if (pages.size() <= MAX_URLS) {
            out.add(OutputFile.text("sitemap.xml", urls(pages, config)));
        } else {
            StringBuilder index = new StringBuilder(XML).append("<sitemapindex ").append(NAMESPACE).append(">\n");
            for (int from = 0, n = 1; from < pages.size(); from += MAX_URLS, n++) {
                String name = "sitemap-" + n + ".xml";
                out.add(OutputFile.text(name, urls(pages.subList(from, Math.min(pages.size(), from + MAX_URLS)), config)));
                index.append("  <sitemap><loc>").append(escape(config.absolute(name))).append("</loc></sitemap>\n");
            }
            out.add(0, OutputFile.text("sitemap.xml", index.append("</sitemapindex>\n").toString()));
        }
        out.add(OutputFile.text("robots.txt", "User-agent: *\nAllow: /\nSitemap: " + config.absolute("sitemap.xml") + "\n"));
        return out;
    }

    private static String urls(List<String> pages, BuildConfig config) {
        StringBuilder xml = new StringBuilder(XML).append("<urlset ").append(NAMESPACE).append(">\n");
        pages.forEach(p -> xml.append("  <url><loc>").append(escape(config.absolute(p))).append("</loc></url>\n"));
        return xml.append("</urlset>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

package org.advisorycompare.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A crawler of a built site as a reader's browser meets it: from the home page, every link and meta refresh inside the site. */
final class Crawler {
    private Crawler() {
    }

    /** The site files (relative paths, {@code dir/} as {@code dir/index.html}) reached from {@code index.html}. */
    static Set<String> crawl(Path site) {
        URI root = URI.create("http://site.invalid/");
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add("index.html");
        seen.add("index.html");
        while (!queue.isEmpty()) {
            String file = queue.poll();
            if (!file.endsWith(".html")) {
                continue;
            }
            Document page = Jsoup.parse(read(site.resolve(file)), root.resolve(file).toString());
            for (Element link : page.select("a[href], meta[http-equiv=refresh]")) {
                String href = link.hasAttr("href") ? link.attr("href") : link.attr("content").replaceFirst("^\\d+;\\s*url=", "");
                URI target = root.resolve(file).resolve(href.replace(" ", "%20"));
                if (!"site.invalid".equals(target.getHost())) {
                    continue;
                }
                String path = target.getPath().substring(1);
                path = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
                if (Files.isRegularFile(site.resolve(path)) && seen.add(path)) {
                    queue.add(path);
                }
            }
        }
        return seen;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.advisorycompare.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.advisorycompare.config.CheckBudgets;
import org.advisorycompare.error.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Validates a built site as a reader and a crawler meet it: every internal link and fragment resolves to a file
 * (and an element) inside the site, no link leaves the site's base path, no page loads anything from another
 * origin, every page is valid HTML to the Nu HTML Checker, every feed parses (RSS 2.0 and Atom 1.0 with ROME,
 * JSON Feed 1.1's required fields), every page is in the sitemap, and no file or feed is over its size budget
 * ({@link CheckBudgets}).
 */
public final class SiteCheck {
    /** Where the project's own documentation is published, when it is (see {@code build --project-docs}). */
    static final String PROJECT_DOCS = "project/";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path site;
    private final Path cache;
    private final CheckBudgets budgets;
    private final URI base;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Set<String>> ids = new HashMap<>();

    private SiteCheck(Path site, String baseUrl, Path cache, CheckBudgets budgets) {
        this.cache = cache;
        this.budgets = budgets;
        this.site = site.toAbsolutePath().normalize();
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    }

    /** The problems of the site in {@code site}, published at {@code baseUrl}; empty when it is sound. */
    public static List<Problem> of(Path site, String baseUrl) {
        return of(site, baseUrl, null, CheckBudgets.defaults());
    }

    /**
     * The same against {@code budgets}, remembering in {@code cache} (null: nowhere) which pages were valid HTML, so
     * only changed ones are checked again.
     */
    public static List<Problem> of(Path site, String baseUrl, Path cache, CheckBudgets budgets) {
        SiteCheck check = new SiteCheck(site, baseUrl, cache, budgets);
        check.run();
        return List.copyOf(check.problems);
    }

    private void budget(String file, long size) {
        if (size > budgets.fileBytes()) {
            problems.add(new Problem(file, "is " + kb(size) + " KB, over the " + budgets.fileKb()
                    + " KB budget for one file", "make it smaller, or raise --file-budget-kb (key file_budget_kb)"));
        } else if (isFeed(file) && size > budgets.feedBytes()) {
            problems.add(new Problem(file, "is " + kb(size) + " KB, over the " + budgets.feedKb()
                    + " KB budget for one feed", "lower --feed-entries or --feed-diff-chars, or raise --feed-budget-kb"));
        }
    }

    private static long kb(long bytes) {
        return (bytes + 1023) / 1024;
    }

    private static boolean isFeed(String file) {
        return file.endsWith("feed.xml") || file.endsWith("atom.xml") || file.endsWith("feed.json");
    }

    private void run() {
        List<String> files = files();
        Map<String, Document> pages = new HashMap<>();
        for (String file : files) {
            Path path = site.resolve(file);
            budget(file, size(path));
            if (file.endsWith(".html")) {
                pages.put(file, Jsoup.parse(read(path), base.resolve(file).toString()));
            } else if (file.endsWith("feed.xml") || file.endsWith("atom.xml")) {
                feed(file, read(path));
            } else if (file.endsWith("feed.json")) {
                jsonFeed(file, read(path));
            }
        }
        pages.forEach((file, page) -> ids.put(file, ids(page)));
        pages.forEach(this::links);
        sitemap(files, pages.keySet());
        // the project's documentation (mvn site) is Maven's HTML, not the site's: its links are checked, not its markup
        problems.addAll(HtmlValidity.of(site, pages.keySet().stream().filter(p -> !p.startsWith(PROJECT_DOCS)).sorted().toList(),
                cache));
    }

    private void links(String file, Document page) {
        for (Element e : page.select("[href], [src]")) {
            String attr = e.hasAttr("href") ? "href" : "src";
            String url = e.absUrl(attr);
            if (url.isEmpty() || url.startsWith("mailto:")) {
                continue;
            }
            boolean loads = !e.normalName().equals("a") && !(e.normalName().equals("link")
                    && List.of("canonical", "alternate", "license").contains(e.attr("rel")));
            URI target;
            try {
                target = URI.create(url.replace(" ", "%20"));
            } catch (IllegalArgumentException malformed) { // a government's own mangled link (a mail filter's, with backslashes)
                if (loads || url.startsWith(base.toString())) {
                    problems.add(Problem.in(file, "has a malformed URL in " + e.normalName() + " " + attr));
                }
                continue;
            }
            boolean inside = base.getScheme().equals(target.getScheme()) && base.getAuthority().equals(target.getAuthority());
            if (!inside) {
                if (loads) {
                    problems.add(Problem.in(file, "loads " + url + " from another origin (" + e.normalName() + " " + attr + ")"));
                }
                continue;
            }
            if (!target.getPath().startsWith(base.getPath())) {
                problems.add(Problem.in(file, "links to " + url + ", outside the site's base path " + base.getPath()));
                continue;
            }
            target(file, e.attr(attr), target);
        }
    }

    private void target(String file, String written, URI target) {
        String path = target.getPath().substring(base.getPath().length());
        String resolved = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
        if (!Files.isRegularFile(site.resolve(resolved).normalize(), LinkOption.NOFOLLOW_LINKS)) {
            problems.add(Problem.in(file, "links to " + written + ", which is not in the site"));
        } else if (target.getFragment() != null && !target.getFragment().isEmpty() && ids.containsKey(resolved)
                && !file.startsWith(PROJECT_DOCS) // Javadoc links to anchors of packages it gives none (constant-values.html)
                && !ids.get(resolved).contains(target.getFragment())) {
            problems.add(Problem.in(file, "links to " + written + ", but " + resolved + " has no element with id '"
                    + target.getFragment() + "'"));
        }
    }

    private static Set<String> ids(Document page) {
        Set<String> ids = new HashSet<>();
        page.select("[id]").forEach(e -> ids.add(e.id()));
        page.select("a[name]").forEach(e -> ids.add(e.attr("name")));
        return ids;
    }

    private void feed(String file, String xml) {
        try {
            new SyndFeedInput().build(new StringReader(xml));
        } catch (Exception e) { // ROME reports every kind of malformed feed with its own exception types
            problems.add(Problem.in(file, "is not a valid feed: " + String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
        }
    }

    private void jsonFeed(String file, String text) {
        try {
            JsonNode feed = JSON.readTree(text);
            if (!feed.path("version").asText().startsWith("https://jsonfeed.org/version/1") || !feed.path("title").isTextual()
                    || !feed.path("items").isArray()) {
                problems.add(Problem.in(file, "is not a JSON Feed 1.1 (version, title and items are required)"));
                return;
            }
            for (JsonNode item : feed.path("items")) {
                if (!item.path("id").isTextual() || !item.has("content_html") && !item.has("content_text")) {
                    problems.add(Problem.in(file, "has an item without id or content (JSON Feed 1.1 requires both)"));
                    return;
                }
            }
        } catch (IOException e) {
            problems.add(Problem.in(file, "is not JSON: " + e.getMessage().lines().findFirst().orElse("")));
        }
    }

    /** Every page but 404.html is in sitemap.xml (or the sitemaps it indexes). */
    private void sitemap(List<String> files, Set<String> pages) {
        Set<String> listed = new HashSet<>();
        for (String file : files) {
            if (file.matches("sitemap(-\\d+)?\\.xml")) {
                Jsoup.parse(read(site.resolve(file)), "", Parser.xmlParser()).select("url > loc")
                        .forEach(loc -> listed.add(loc.text()));
            }
        }
        if (files.stream().noneMatch(f -> f.equals("sitemap.xml"))) {
            problems.add(Problem.in("sitemap.xml", "is missing"));
            return;
        }
        for (String page : pages) {
            String url = base.resolve(page.endsWith("index.html") ? page.substring(0, page.length() - "index.html".length()) : page).toString();
            if (!page.equals("404.html") && !page.startsWith(PROJECT_DOCS) && !listed.contains(url)) {
                problems.add(Problem.in(page, "is not in the sitemap (" + url + ")"));
            }
        }
    }

    private List<String> files() {
        try (Stream<Path> paths = Files.walk(site)) {
            return paths.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UnreadableSiteException(site.toString(), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UnreadableSiteException(file.toString(), e);
        }
    }
}

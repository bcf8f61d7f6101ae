package org.advisorycompare.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What a built file may not carry, found with jsoup: scripts other than the site's own files, event handlers,
 * URLs with a scheme other than http(s) or mailto, frames, plug-ins, forms, base and refresh elements (but an archived
 * version's own page, leading to its archive entry), CSS
 * that loads URLs; pages without the strict Content-Security-Policy; feed titles that are not plain text.
 */
final class ExecutableContent {
    private static final Set<String> FORBIDDEN = Set.of("iframe", "frame", "frameset", "object", "embed", "applet",
            "base", "portal", "noscript");
    /** The site's own filter form has these; advisory content and feed entries never may. */
    private static final Set<String> CONTROLS = Set.of("form", "input", "button", "textarea", "select");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data", "xlink:href",
            "poster", "background", "cite", "srcset", "ping", "codebase", "manifest");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x20\\x7f]+");
    private static final Pattern SAFE_SCHEME = Pattern.compile("(?i)(https?:|mailto:|#|/|\\.|[^:/?#]*([/?#]|$)).*");

    private ExecutableContent() {
    }

    /** The violations in one built HTML page, each naming the file. */
    static List<String> inPage(Path file, String html) {
        Document page = Jsoup.parse(html);
        List<String> found = new ArrayList<>();
        Element csp = page.selectFirst("meta[http-equiv=Content-Security-Policy]");
        String policy = csp == null ? "" : csp.attr("content");
        for (String directive : List.of("default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'")) {
            if (!policy.contains(directive)) {
                found.add(file + ": no Content-Security-Policy " + directive);
            }
        }
        found.addAll(inMarkup(file, page, true));
        return found;
    }

    /** The one refresh the site makes: an archived version's page leading to its entry on its archive page. */
    private static boolean isOwnArchive(String refresh) {
        return refresh.matches("0; url=(\\.\\./){1,2}archive/#[vc]-[0-9a-f]{12}");
    }

    /** The violations in markup (a page, or the HTML of a feed entry). */
    static List<String> inMarkup(Path file, Element root, boolean page) {
        List<String> found = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            String tag = e.normalName();
            if (tag.equals("script") && (!page || !e.hasAttr("src") || !isOwn(e.attr("src")) || !e.data().isBlank())) {
                found.add(file + ": script " + e.outerHtml());
            }
            if (FORBIDDEN.contains(tag) || !page && CONTROLS.contains(tag) || tag.equals("meta") && e.attr("http-equiv").equalsIgnoreCase("refresh") && !(page && isOwnArchive(e.attr("content")))
                    || tag.equals("link") && (!page || loads(e) && !isOwn(e.attr("href")))) {
                found.add(file + ": element " + abbreviate(e.outerHtml()));
            }
            if (tag.equals("style") && (!page || e.data().toLowerCase(Locale.ROOT).matches("(?s).*(url\\(|@import|javascript|expression).*"))) {
                found.add(file + ": style " + abbreviate(e.data()));
            }
            for (Attribute a : e.attributes()) {
                found.addAll(inAttribute(file, e, a, page));
            }
        }
        return found;
    }

    private static List<String> inAttribute(Path file, Element e, Attribute a, boolean page) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        String value = CONTROL.matcher(a.getValue()).replaceAll("").toLowerCase(Locale.ROOT);
        if (name.startsWith("on")) {
            return List.of(file + ": event handler " + name + " on " + abbreviate(e.outerHtml()));
        }
        if (URL_ATTRIBUTES.contains(name) && !SAFE_SCHEME.matcher(value).matches()) {
            return List.of(file + ": unsafe URL " + name + "=" + a.getValue());
        }
        if (name.equals("style") && value.matches(".*(url\\(|javascript|expression).*")) {
            return List.of(file + ": style attribute " + a.getValue());
        }
        if (!page && name.equals("href") && value.contains("@")) {
            return List.of(file + ": link with userinfo " + a.getValue());
        }
        return List.of();
    }

    /** A link element that makes the browser load what it names (a stylesheet, a script, an import). */
    private static boolean loads(Element link) {
        String rel = link.attr("rel").toLowerCase(Locale.ROOT);
        return !rel.equals("canonical") && !rel.equals("alternate") && !rel.equals("license");
    }

    /** A relative URL into the site itself: the only scripts and stylesheets pages may load. */
    private static boolean isOwn(String url) {
        return !url.isBlank() && !url.contains(":") && !url.startsWith("//");
    }

    /** The violations in an RSS or Atom feed: each entry's HTML, its links, and titles that carry markup. */
    static List<String> inFeed(Path file, String xml) {
        Document feed = Jsoup.parse(xml, "", Parser.xmlParser());
        List<String> found = new ArrayList<>();
        for (Element e : feed.select("description, content, summary, content|encoded")) {
            found.addAll(inMarkup(file, Jsoup.parseBodyFragment(e.text()), false));
        }
        for (Element link : feed.select("link")) {
            String url = link.hasAttr("href") ? link.attr("href") : link.text();
            if (!url.isEmpty() && !url.startsWith("https://") && !url.startsWith("http://")) {
                found.add(file + ": feed link " + url);
            }
        }
        for (Element title : feed.select("title")) {
            if (title.text().matches("(?s).*<[a-zA-Z!/?].*") || title.attr("type").equals("html")) {
                found.add(file + ": feed title with markup " + title.text());
            }
        }
        return found;
    }

    /** CSV cells that a spreadsheet would read as a formula (OWASP: = + - @ tab return). */
    static List<String> formulaCells(Path file, String csv) {
        List<String> found = new ArrayList<>();
        for (String cell : cells(csv)) {
            if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                found.add(file + ": formula cell " + abbreviate(cell));
            }
        }
        return found;
    }

    /** The cells of an RFC 4180 CSV text. */
    static List<String> cells(String csv) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',' || c == '\n') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c != '\r' || i + 1 >= csv.length() || csv.charAt(i + 1) != '\n') {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** JSON string values that are URLs with a scheme other than http(s). */
    static List<String> inJson(Path file, String json) {
        List<String> found = new ArrayList<>();
        java.util.regex.Matcher m = Pattern.compile("\"\\s*((?i:javascript|vbscript|data|file):[^\"]*)\"").matcher(json);
        while (m.find()) {
            found.add(file + ": URL value " + abbreviate(m.group(1)));
        }
        return found;
    }

    /** A built file's text; a compressed one ({@code .gz}: an archive's texts) as the text it holds. */
    static String read(Path file) {
        try {
            if (file.toString().endsWith(".gz")) {
                try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String text) {
        String one = text.replace('\n', ' ');
        return one.length() > 160 ? one.substring(0, 160) + "…" : one;
    }
}

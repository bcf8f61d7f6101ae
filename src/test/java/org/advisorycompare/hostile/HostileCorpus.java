package org.advisorycompare.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.advisorycompare.Golden;

/**
 * A hostile corpus made at test time from the reader goldens: every input shape (GOV.UK page, text, capture
 * folders and content JSON; State Department feed, JSON Feed, archived item, page, capture and text; Canada
 * JSON and capture) with the payloads written into its bodies, titles and notes, plus documents whose URLs are
 * hostile and feeds that try XXE and entity expansion.
 */
final class HostileCorpus {
    /** One document to import: the file or folder, whose advice it carries, and the import's extra flags. */
    record Doc(Path path, String source, List<String> flags) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TEXT_KEYS = Set.of("title", "full_title", "change_description", "change_note",
            "latest_update", "description", "summary", "advisory_text", "name_text");
    private static final Set<String> MARKDOWN_KEYS = Set.of("content_md", "body_md", "markdown", "text");
    /** Golden inputs by file name, with the source whose advice they carry. */
    private static final Map<String, String> SHAPES = Map.ofEntries(
            Map.entry("govuk-page-eswatini.html", "uk"), Map.entry("govuk-json-parts-table.json", "uk"),
            Map.entry("govuk-capture-st-kitts", "uk"), Map.entry("govuk-text-capture-drc", "uk"),
            Map.entry("uk-text-regional-table-furniture.txt", "uk"), Map.entry("state-rss-feed.xml", "us"),
            Map.entry("state-jsonfeed.json", "us"), Map.entry("state-archive-item.json", "us"),
            Map.entry("state-page-turkiye.html", "us"), Map.entry("state-capture-cabo-verde", "us"),
            Map.entry("us-text-level-debris.txt", "us"), Map.entry("canada-json-regional.json", "ca"),
            Map.entry("canada-capture-peru", "ca"));

    private final Path root;
    private final Path secret;

    HostileCorpus(Path root, Path secret) {
        this.root = root;
        this.secret = secret;
    }

    static Set<String> shapes() {
        return SHAPES.keySet();
    }

    List<Doc> write() throws IOException {
        List<Doc> docs = new ArrayList<>();
        for (Map.Entry<String, String> shape : new java.util.TreeMap<>(SHAPES).entrySet()) {
            Path from = Golden.ROOT.resolve("readers").resolve(shape.getKey());
            Path to = root.resolve("shapes").resolve(shape.getKey());
            copyHostile(from, to);
            docs.add(new Doc(to, shape.getValue(), List.of("--kind", "test fixture" + Payloads.text(),
                    "--licence", Payloads.FORMULA)));
        }
        String[] urls = Payloads.urls();
        for (int i = 0; i < urls.length; i++) {
            Path text = root.resolve("urls/uk-" + i + ".txt");
            Files.createDirectories(text.getParent());
            Files.writeString(text, Golden.read("readers/uk-text-regional-table-furniture.txt") + "\nHostile URL variant " + i + ".\n");
            docs.add(new Doc(text, "uk", List.of("--url", urls[i])));
        }
        docs.add(new Doc(usItemsWithHostileLinks(), "us", List.of()));
        docs.add(new Doc(xxeFeed(), "us", List.of()));
        docs.add(new Doc(entityExpansionFeed(), "us", List.of()));
        return docs;
    }

    private void copyHostile(Path from, Path to) throws IOException {
        if (Files.isDirectory(from)) {
            try (Stream<Path> parts = Files.list(from)) {
                for (Path part : parts.sorted().toList()) {
                    copyHostile(part, to.resolve(part.getFileName().toString()));
                }
            }
            return;
        }
        Files.createDirectories(to.getParent());
        String name = from.getFileName().toString();
        String text = Files.readString(from, StandardCharsets.UTF_8);
        Files.writeString(to, name.startsWith("_") ? text : hostile(name, text), StandardCharsets.UTF_8);
    }

    static String hostile(String name, String text) {
        return hostile(name, text, new Inserts(Payloads.htmlBlock(), Payloads.markdownBlock(), Payloads.text()));
    }

    /** What goes into a document: HTML for HTML bodies, Markdown for text bodies, words for titles and notes. */
    record Inserts(String html, String markdown, String words) {
        static Inserts of(String word) {
            return new Inserts("<p>" + word + "</p>", word + "\n\n", " " + word);
        }
    }

    static String hostile(String name, String text, Inserts inserts) {
        if (name.endsWith(".json")) {
            return json(text, inserts);
        } else if (name.endsWith(".xml")) {
            return rss(text, inserts);
        } else if (name.endsWith(".html")) {
            int end = text.contains("</main>") ? text.lastIndexOf("</main>") : text.lastIndexOf("</body>");
            String headed = text.replaceFirst("</h1>", java.util.regex.Matcher.quoteReplacement(inserts.words()) + "</h1>");
            end = headed.contains("</main>") ? headed.lastIndexOf("</main>") : headed.lastIndexOf("</body>");
            return headed.substring(0, end) + inserts.html() + headed.substring(end);
        }
        return afterFirst(text, "\n\n", inserts.markdown());
    }

    private static String afterFirst(String text, String mark, String insert) {
        int at = text.indexOf(mark);
        return at < 0 ? text + "\n" + insert : text.substring(0, at + mark.length()) + insert + text.substring(at + mark.length());
    }

    private static String json(String text, Inserts inserts) {
        try {
            JsonNode tree = JSON.readTree(text);
            poison(tree, inserts);
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the inserts into every body, title and note of a JSON tree, leaving URLs, dates and codes alone. */
    private static void poison(JsonNode node, Inserts inserts) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String value = field.getValue().isTextual() ? field.getValue().asText() : null;
                if (value == null) {
                    poison(field.getValue(), inserts);
                } else if (value.contains("<")) {
                    field.setValue(new TextNode(afterFirst(value, "</p>", inserts.html())));
                } else if (MARKDOWN_KEYS.contains(field.getKey()) || value.contains("\n\n")) {
                    field.setValue(new TextNode(afterFirst(value, "\n\n", inserts.markdown())));
                } else if (TEXT_KEYS.contains(field.getKey())) {
                    field.setValue(new TextNode(value + inserts.words()));
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(child -> poison(child, inserts));
        }
    }

    private static String rss(String xml, Inserts inserts) {
        String cdata = "<![CDATA[";
        return xml.replace(cdata, cdata + inserts.html().replace("]]>", ""))
                .replace("</title>", escapeXml(inserts.words()) + "</title>");
    }

    private static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A JSON Feed and an archived item for known destinations whose links are scripts. */
    private Path usItemsWithHostileLinks() throws IOException {
        Path file = root.resolve("links/state-jsonfeed-js-links.json");
        Files.createDirectories(file.getParent());
        String feed = Golden.read("readers/state-jsonfeed.json")
                .replaceAll("\"url\": \"[^\"]*\"", "\"url\": \"javascript:alert('jsonfeed-url')\"");
        Files.writeString(file, feed);
        return file;
    }

    private Path xxeFeed() throws IOException {
        Path file = root.resolve("xml/xxe.xml");
        Files.createDirectories(file.getParent());
        String feed = Golden.read("readers/state-rss-feed.xml");
        String doctype = "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n";
        Files.writeString(file, feed.replaceFirst("\\?>\\s*", "?>\n" + doctype).replaceFirst("</title>", "&xxe;</title>"));
        return file;
    }

    private Path entityExpansionFeed() throws IOException {
        Path file = root.resolve("xml/laughs.xml");
        StringBuilder doctype = new StringBuilder("<!DOCTYPE rss [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String feed = Golden.read("readers/state-rss-feed.xml");
        Files.writeString(file, feed.replaceFirst("\\?>\\s*", "?>\n" + doctype + "]>\n").replaceFirst("</title>", "&l9;</title>"));
        return file;
    }
}

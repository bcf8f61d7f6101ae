package org.advisorycompare.read.uk;

import org.advisorycompare.read.Placing;

import org.advisorycompare.read.RegionReader;

import org.advisorycompare.read.LevelReader;

import org.advisorycompare.read.DateReader;

import org.advisorycompare.read.RawDocument;

import org.advisorycompare.read.Extraction;

import org.advisorycompare.read.DocumentReader;

import org.advisorycompare.text.Markdown;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advisorycompare.model.Country;
import org.advisorycompare.model.Details;
import org.advisorycompare.model.Level;
import org.advisorycompare.model.Source;
import org.advisorycompare.model.StatedDate;

/**
 * GOV.UK foreign travel advice as scraped page text (Markdown with a "Still current at / Updated /
 * Latest update" definition list). Keeps every sentence, list and link of the advice; drops the
 * page furniture: the metadata list (moved to front matter), sign-up and "Follow FCDO" links, the
 * "Next" navigation and the printable-version link. Relative links become absolute gov.uk links.
 */
public final class GovUkTextReader implements DocumentReader {
    public static final String GOV_UK = "https://www.gov.uk";
    private static final Pattern METADATA = Pattern.compile(
            "(?m)^(Still current at|Updated|Latest update):[ \\t]*\\n:[ \\t]+(.+)\\n?");
    private static final Pattern NAVIGATION = Pattern.compile(
            "(?m)^\\[(?:Next|Previous)\\s*\\n:\\s*\\n[^\\]]*\\]\\([^)]*\\)[ \\t]*\\n?");
    /** A page part starts with its title: the part names GOV.UK travel advice has used since 2013. */
    private static final Pattern PART_HEADING = Pattern.compile("# (?:Warnings and insurance|Summary|Entry requirements"
            + "|Safety and security|Regional risks|Terrorism|Local laws and customs|Health|Natural disasters|Money"
            + "|Getting help|Travel advice help and support)\\s*\\n");
    private static final Pattern RELATIVE_LINK = Pattern.compile("\\]\\(/(?!/)");
    private static final Pattern ADVICE_SLUG = Pattern.compile("(?:gov\\.uk)?/foreign-travel-advice/([a-z0-9-]+)");
    private static final Pattern SOCIAL = Pattern.compile(
            "https?://(?:www\\.)?(?:x|twitter|facebook|instagram|youtube|linkedin)\\.com/.*");

    @Override
    public String name() {
        return "GOV.UK page text";
    }

    @Override
    public boolean accepts(Source source, RawDocument document) {
        String head = document.head();
        return source == Source.UK && !document.isFolder()
                && (METADATA.matcher(head).find() || PART_HEADING.matcher(head).lookingAt());
    }

    @Override
    public Extraction read(RawDocument document) {
        return read(document.text());
    }

    Extraction read(String text) {
        Part part = part(text);
        org.advisorycompare.model.Destination destination = Placing.of(Source.UK, null, slug(text).orElse(null), null);
        // a whole page saved as one file reads as a folder capture does: its level from its warnings part only
        java.util.Optional<String> warnings = completePageWarnings(text);
        List<String> blocks = warnings.isPresent() ? blockTexts(part(partText(text, warnings.get())).document())
                : blockTexts(part.document());
        Country country = destination == null ? LevelReader.ukStatedCountry(blocks).orElse(null) : destination.home();
        Level level = country == null ? Level.UNKNOWN : LevelReader.uk(blocks, country);
        if (country != null && warnings.isPresent()) {
            level = LevelReader.ukCompletePage(level, warnings.get(), partText(text, warnings.get()));
        }
        String body = Markdown.format(part.document());
        RegionReader.Regions regions = RegionReader.read(body);
        return new Extraction(country, title(part.document()), level, StatedDate.UNKNOWN,
                DateReader.read(part.metadata().get("Updated")), DateReader.read(part.metadata().get("Still current at")),
                part.metadata().get("Latest update"),
                new Details(slug(text).orElse(null), regions.areas(), List.of(), null, null), body).placed(destination)
                .readFrom(warnings.or(() -> java.util.Optional.ofNullable(title(part.document()))).map(w -> "the '" + w + "' part")
                        .orElse("the page text's advice statements"),
                        "the page's 'Updated' line", "the page's 'Latest update' line");
    }

    /** The parts of a whole page saved as one file, each under its title: the title of its warnings part, if it has one and another. */
    private static java.util.Optional<String> completePageWarnings(String text) {
        Matcher parts = PART_HEADING.matcher(text);
        List<String> titles = new java.util.ArrayList<>();
        while (parts.find()) {
            if (parts.start() == 0 || text.charAt(parts.start() - 1) == '\n') {
                titles.add(parts.group().substring(2).strip());
            }
        }
        return titles.size() < 2 ? java.util.Optional.empty()
                : titles.stream().filter(t -> t.equals("Warnings and insurance") || t.equals("Summary")).findFirst();
    }

    /** The text of one part of a page saved as one file: from its title to the next part's. */
    private static String partText(String text, String title) {
        int start = text.startsWith("# " + title) ? 0 : text.indexOf("\n# " + title) + 1;
        Matcher next = PART_HEADING.matcher(text);
        int end = next.find(start + title.length() + 2) ? next.start() : text.length();
        return text.substring(start, end);
    }

    /** One page part as scraped: its cleaned Markdown and its metadata list ("Updated" and so on). */
    record Part(Document document, Map<String, String> metadata) {
        String markdown() {
            return Markdown.format(document);
        }
    }

    /** Cleans one page part: metadata moved out, furniture removed, links made absolute. */
    static Part part(String text) {
        Map<String, String> metadata = new HashMap<>();
        Matcher m = METADATA.matcher(text);
        while (m.find()) {
            metadata.putIfAbsent(m.group(1), m.group(2).strip());
        }
        String cleaned = RELATIVE_LINK.matcher(NAVIGATION.matcher(METADATA.matcher(text).replaceAll(""))
                .replaceAll("")).replaceAll("](" + GOV_UK + "/");
        Document document = Markdown.parse(cleaned);
        removeFurniture(document);
        return new Part(document, metadata);
    }

    private static void removeFurniture(Document document) {
        List<Node> doomed = new ArrayList<>();
        for (Node node : document.getChildren()) {
            if (node instanceof Paragraph p && isFurniture(p)) {
                doomed.add(p);
                if (Markdown.text(p).equals("Follow FCDO:") && p.getNext() instanceof BulletList list && isSocial(list)) {
                    doomed.add(list);
                }
            }
        }
        doomed.forEach(Node::unlink);
        removeEmptySections(document);
    }

    private static boolean isFurniture(Paragraph p) {
        String words = Markdown.text(p);
        return words.equals("Follow FCDO:")
                || links(p).stream().anyMatch(url -> url.endsWith("/email-signup") || url.endsWith("/print"));
    }

    private static boolean isSocial(BulletList list) {
        List<String> urls = links(list);
        return !urls.isEmpty() && urls.stream().allMatch(url -> SOCIAL.matcher(url).matches());
    }

    private static List<String> links(Node node) {
        List<String> urls = new ArrayList<>();
        for (Node link : node.getDescendants()) {
            if (link instanceof Link l) {
                urls.add(l.getUrl().toString());
            }
        }
        return urls;
    }

    /** A heading left with no content before the next heading of the same or a higher level goes too. */
    private static void removeEmptySections(Document document) {
        List<Node> doomed = new ArrayList<>();
        for (Node node : document.getChildren()) {
            if (node instanceof Heading h && h.getLevel() > 1
                    && (h.getNext() == null || h.getNext() instanceof Heading next && next.getLevel() <= h.getLevel())) {
                doomed.add(h);
            }
        }
        doomed.forEach(Node::unlink);
    }

    /** The GOV.UK slug the text links to most often ({@code /foreign-travel-advice/<slug>}). */
    public static Optional<String> slug(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = ADVICE_SLUG.matcher(text);
        while (m.find()) {
            counts.merge(m.group(1), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }

    static String title(Document document) {
        for (Node node : document.getChildren()) {
            if (node instanceof Heading h && h.getLevel() == 1) {
                return Markdown.text(h);
            }
        }
        return null;
    }

    public static List<String> blockTexts(Document document) {
        List<String> lines = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading || node instanceof Paragraph) {
                lines.add(Markdown.text(node));
            }
        }
        return lines;
    }
}

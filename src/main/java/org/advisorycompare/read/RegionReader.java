package org.advisorycompare.read;

import org.advisorycompare.text.Markdown;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the areas a document lists under regional advice: a heading or paragraph that introduces a
 * list ("FCDO advises against all travel to:", "Do not travel to:", "Reconsider travel to:") followed
 * by the list of areas. Only listed areas count; nothing is read from prose.
 */
public final class RegionReader {
    private static final Pattern INTRO = Pattern.compile(
            "(?i)(?:advises? against (all but essential|all) travel to|\\b(do not|reconsider) travel to)(?: the following(?: areas)?)?:?\\s*$");
    /** Canada: "Avoid non-essential travel to the following states due to ...:". */
    private static final Pattern CANADA_INTRO = Pattern.compile("(?i)\\bavoid (all|non-essential) travel to\\b[^:]*:\\s*$");

    private RegionReader() {
    }

    /** The strictest list found: its level (4 or 3), its introduction in the document's words and its areas. */
    public record Regions(Integer level, String wording, List<String> areas) {
        public static final Regions NONE = new Regions(null, null, List.of());
    }

    public static Regions read(String markdown) {
        return read(markdown, () -> Markdown.parse(markdown));
    }

    /** {@link #read(String)}, with the text's parse when one is needed ({@code parsed}: the parse of {@code markdown}). */
    public static Regions read(String markdown, Supplier<Document> parsed) {
        if (!markdown.contains("ravel to:") && !markdown.contains("ravel to**:") && !markdown.contains("ravel To:")
                && !markdown.contains("the following")) {
            return Regions.NONE;
        }
        Regions best = Regions.NONE;
        for (Node node : parsed.get().getDescendants()) {
            if (!(node instanceof Paragraph || node instanceof Heading)) {
                continue;
            }
            String text = Markdown.text(node);
            Node list = nextList(node);
            Integer level = list == null ? null : introLevel(text);
            if (level != null) {
                if (best.level() == null || level > best.level()) {
                    best = new Regions(level, text.replaceAll(":\\s*$", ""), items(list));
                }
            }
        }
        return best;
    }

    /** The level an introduction to a list of areas names (4 or 3), or null when the text is not one. */
    private static Integer introLevel(String text) {
        Matcher m = INTRO.matcher(text);
        if (m.find()) {
            return m.group(1) != null ? (m.group(1).equalsIgnoreCase("all") ? 4 : 3)
                    : (m.group(2).equalsIgnoreCase("do not") ? 4 : 3);
        }
        Matcher canada = CANADA_INTRO.matcher(text);
        return canada.find() ? (canada.group(1).equalsIgnoreCase("all") ? 4 : 3) : null;
    }

    private static Node nextList(Node node) {
        Node start = node instanceof Paragraph && node.getParent() instanceof ListItem ? null : node.getNext();
        return start instanceof BulletList || start instanceof OrderedList ? start : null;
    }

    private static List<String> items(Node list) {
        List<String> areas = new ArrayList<>();
        for (Node item : list.getChildren()) {
            Node first = item.getFirstChild();
            String text = first == null ? "" : Markdown.text(first);
            if (!text.isBlank()) {
                areas.add(text.replaceAll("\\s+", " ").replaceAll("(?i)\\s+due to\\b.*$", "").replaceAll("[.;,]$", ""));
            }
        }
        return areas;
    }
}

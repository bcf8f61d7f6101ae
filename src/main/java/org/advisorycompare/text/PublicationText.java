package org.advisorycompare.text;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The words of a publication, the same whichever archive captured it and how: its parts (under
 * top-level headings) in one order, each as its headings', paragraphs' and table cells' plain text with
 * white space and non-breaking spaces collapsed, without Markdown's marks (bullets, emphasis, link
 * targets, heading levels) and without page furniture (the repeated warning banner, "Get travel advice
 * updates", "Download a more detailed map (PDF)", "Next: ..."). Two captures of one publication have the
 * same publication text, so they are one version; a change of a word is a new one.
 */
public final class PublicationText {
    static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u202f\\u2007]+");
    /** Lines the GOV.UK page adds around the advice, in one capture format and not the other. */
    private static final Set<String> FURNITURE = Set.of("get travel advice updates",
            "sign up to get email notifications when this travel advice is updated.",
            "print this page", "view a printable version of the whole guide", "follow fcdo:", "contents", "warning", "!");
    private static final Pattern NEXT = Pattern.compile("(?i)^(next|previous)\\s*:.*");
    /** The map download link, with or without its size: "Download a more detailed map (PDF, 380 KB)". */
    private static final Pattern MAP_DOWNLOAD = Pattern.compile("(?i)^download a more detailed map \\(pdf(?:, [^)]*)?\\)$");
    /** The "Follow FCDO" box and its social links, in one capture format and not the other. */
    private static final Pattern SOCIAL = Pattern.compile("(?i)^(follow( and contact)? (the )?fcdo:?|(fcdo )?travel( advice)? on "
            + "(x|twitter|facebook|instagram|linkedin|youtube|threads|bluesky))$");

    private PublicationText() {
    }

    /** The publication text of a canonical Markdown body. */
    public static String of(String body) {
        Map<String, List<String>> parts = parts(body);
        String banner = commonOpening(parts);
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, List<String>> part : new TreeMap<>(parts).entrySet()) {
            text.append("# ").append(part.getKey()).append('\n');
            List<String> blocks = part.getValue();
            // only the banner opening the part is furniture: the same sentence in the part's own text is advice
            int first = banner != null && blocks.get(0).equals(banner) ? 1 : 0;
            for (String block : blocks.subList(first, blocks.size())) {
                appendWithoutSpace(text, block).append('\n'); // "health.Some" is "health. Some"
            }
        }
        return text.toString();
    }

    /** Each part's blocks, under its top-level heading ("" for what comes before the first). */
    private static Map<String, List<String>> parts(String body) {
        Map<String, List<String>> parts = new java.util.LinkedHashMap<>();
        List<String> current = parts.computeIfAbsent("", k -> new ArrayList<>());
        for (Node node : Markdown.parse(body).getDescendants()) {
            if (node instanceof Heading h && h.getLevel() == 1) {
                current = parts.computeIfAbsent(words(Markdown.text(h)), k -> new ArrayList<>());
            } else if (node instanceof Heading || node instanceof Paragraph || node instanceof TableCell) {
                String block = words(Markdown.text(node));
                if (!block.isEmpty() && !furniture(block)) {
                    current.add(block);
                }
            }
        }
        parts.values().removeIf(List::isEmpty);
        return parts;
    }

    /** Whether a block is page furniture; the patterns are tried only on blocks that can start as they do. */
    private static boolean furniture(String block) {
        char first = Character.toLowerCase(block.charAt(0));
        return block.length() <= LONGEST_FURNITURE && FURNITURE.contains(block.toLowerCase(java.util.Locale.ROOT))
                || (first == 'n' || first == 'p') && NEXT.matcher(block).matches()
                || (first == 'f' || first == 't') && SOCIAL.matcher(block).matches()
                || first == 'd' && MAP_DOWNLOAD.matcher(block).matches();
    }

    private static final int LONGEST_FURNITURE = FURNITURE.stream().mapToInt(String::length).max().orElse(0);

    /** A block that opens every one of two or more parts: the page's warning banner, repeated on each part. */
    private static String commonOpening(Map<String, List<String>> parts) {
        if (parts.size() < 2) {
            return null;
        }
        String first = null;
        for (List<String> blocks : parts.values()) {
            String opening = blocks.get(0);
            if (first != null && !first.equals(opening)) {
                return null;
            }
            first = opening;
        }
        return first;
    }

    /**
     * The text with every run of white space (as {@link #SPACE} matches it) one space, stripped. A loop, not the
     * pattern: the pattern's character class was two thirds of the time of a version id.
     */
    static String words(String text) {
        StringBuilder out = null;
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (out == null) {
                    if (c == ' ' && (i + 1 == text.length() || !isSpace(text.charAt(i + 1)))) {
                        continue; // a single plain space stays as it is
                    }
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (!inRun) {
                    out.append(' ');
                }
                inRun = true;
            } else {
                if (out != null) {
                    out.append(c);
                }
                inRun = false;
            }
        }
        return (out == null ? text : out.toString()).strip();
    }

    /** Appends the text without any of its white space (as {@link #SPACE} matches it). */
    private static StringBuilder appendWithoutSpace(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
            }
        }
        return out;
    }

    /** What {@link #SPACE} matches: the regex {@code \\s} (ASCII white space) and the non-breaking spaces. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00a0' || c == '\u202f' || c == '\u2007';
    }
}

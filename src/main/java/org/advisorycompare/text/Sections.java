package org.advisorycompare.text;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import org.advisorycompare.model.Section;

/**
 * Splits canonical Markdown into sections at every heading. Each section keeps its heading, the
 * headings above it and its blocks as plain text: a paragraph, a list item ("• text") or a table row
 * (cells joined by " | "). Every block of the text is in exactly one section.
 */
public final class Sections {
    private Sections() {
    }

    public static List<Section> of(String markdown) {
        List<Section> sections = new ArrayList<>();
        List<Heading> open = new ArrayList<>();
        Builder current = new Builder("", List.of(), 0);
        for (Node node : Markdown.parse(markdown).getChildren()) {
            String source = source(markdown, node);
            if (node instanceof Heading h) {
                current.addTo(sections);
                while (!open.isEmpty() && open.get(open.size() - 1).getLevel() >= h.getLevel()) {
                    open.remove(open.size() - 1);
                }
                current = new Builder(Markdown.text(h), open.stream().map(Markdown::text).toList(), h.getLevel());
                current.markdown.append(source).append("\n\n");
                open.add(h);
            } else {
                current.markdown.append(source.stripTrailing()).append("\n\n");
                blocks(node, current.blocks);
            }
        }
        current.addTo(sections);
        return sections;
    }

    /**
     * The text of a block as it is in the Markdown: cut from the string it was parsed from (Flexmark's
     * own copy goes a character at a time), or Flexmark's copy where the block is not one stretch of it.
     */
    private static String source(String markdown, Node node) {
        BasedSequence chars = node.getChars();
        int start = chars.getStartOffset();
        int end = chars.getEndOffset();
        boolean stretch = chars.getBase() == markdown && end - start == chars.length();
        return stretch ? markdown.substring(start, end) : chars.toString();
    }

    /**
     * Each run of white space ({@code [ \t\n\x0B\f\r]}, what {@code \\s} matches) as one space:
     * a scan, where a regular expression ran for every block of every version.
     */
    static String collapseSpaces(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || (c >= '\t' && c <= '\r');
            if (!space) {
                out.append(c);
            } else if (!inRun) {
                out.append(' ');
            }
            inRun = space;
        }
        return out.toString();
    }

    private static void blocks(Node node, List<String> out) {
        if (node instanceof ListBlock) {
            for (Node item : node.getChildren()) {
                if (item instanceof ListItem) {
                    addItem(item, out);
                }
            }
        } else if (node instanceof TableBlock) {
            for (Node row : node.getDescendants()) {
                if (row instanceof TableRow && !(row.getParent() instanceof TableSeparator)) {
                    List<String> cells = new ArrayList<>();
                    row.getChildren().forEach(cell -> cells.add(Markdown.text(cell)));
                    out.add(String.join(" | ", cells));
                }
            }
        } else {
            String text = Markdown.text(node);
            if (!text.isBlank()) {
                out.add(collapseSpaces(text));
            }
        }
    }

    private static void addItem(Node item, List<String> out) {
        StringBuilder own = new StringBuilder();
        List<Node> nested = new ArrayList<>();
        for (Node child : item.getChildren()) {
            if (child instanceof ListBlock) {
                nested.add(child);
            } else {
                own.append(own.isEmpty() ? "" : " ").append(Markdown.text(child));
            }
        }
        out.add("• " + collapseSpaces(own).strip());
        nested.forEach(list -> blocks(list, out));
    }

    private static final class Builder {
        final String heading;
        final List<String> parents;
        final int level;
        final List<String> blocks = new ArrayList<>();
        final StringBuilder markdown = new StringBuilder();

        Builder(String heading, List<String> parents, int level) {
            this.heading = heading;
            this.parents = parents;
            this.level = level;
        }

        void addTo(List<Section> sections) {
            if (!heading.isEmpty() || !blocks.isEmpty()) {
                sections.add(new Section(heading, parents, level, blocks, markdown.toString().strip() + "\n"));
            }
        }
    }
}

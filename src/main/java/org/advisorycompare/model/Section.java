package org.advisorycompare.model;

import java.util.List;

/**
 * One section of a version's text: its heading (empty for the text before the first heading), the
 * headings above it (outermost first), and its blocks (paragraphs, list items, table rows) as plain
 * text, plus its Markdown for display.
 */
public record Section(String heading, List<String> parents, int level, List<String> blocks, String markdown) {
    public Section {
        parents = List.copyOf(parents);
        blocks = List.copyOf(blocks);
    }

    /** The heading with the headings above it: "Safety and security › Terrorism". */
    public String path() {
        return parents.isEmpty() ? heading : String.join(" › ", parents) + (heading.isEmpty() ? "" : " › " + heading);
    }
}

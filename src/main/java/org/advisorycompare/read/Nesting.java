package org.advisorycompare.read;

import org.advisorycompare.text.Markdown;

import java.util.Set;

/**
 * A bound on how deeply a document nests, checked in one linear pass before any parser sees it: HTML and XML
 * elements, Markdown block quotes ({@code >}) and list indentation. No real advisory nests more than a few
 * dozen levels; a document nested thousands deep (60,000 {@code <blockquote>}, 100,000 {@code >}) would
 * exhaust a parser's stack or take quadratic time, so it is refused, named, before it is read.
 */
public final class Nesting {
    /** Deeper than any real document by far. */
    static final int MAX_DEPTH = 500;
    /** Void elements, and those whose end tag HTML lets a page leave out (an unclosed {@code <p>} or {@code <li>} nests nothing). */
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "source", "track", "wbr", "param", "keygen", "command", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th",
            "tbody", "thead", "tfoot", "colgroup", "rt", "rp", "caption");

    private Nesting() {
    }

    /** Throws {@link UnreadableDocumentException} naming the document when one of its files nests deeper than {@link #MAX_DEPTH}. */
    public static void check(RawDocument document) {
        document.files().forEach((name, bytes) -> {
            int depth = Math.max(elementDepth(bytes), quoteDepth(bytes));
            if (depth > MAX_DEPTH) {
                throw new UnreadableDocumentException(document.isFolder() ? document.name() + "/" + name : document.name(),
                        "nests " + depth + " levels deep, more than the " + MAX_DEPTH + " any advisory needs; set aside unread");
            }
        });
    }

    /** The deepest nesting of elements: an opening tag (not void, not self-closing) goes one deeper, a closing tag back. */
    static int elementDepth(byte[] bytes) {
        int depth = 0;
        int max = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] != '<') {
                continue;
            }
            byte next = bytes[i + 1];
            if (next == '/') {
                depth = Math.max(0, depth - 1);
            } else if (Character.isLetter(next)) {
                int end = i + 1;
                while (end < bytes.length && Character.isLetterOrDigit(bytes[end])) {
                    end++;
                }
                String tag = new String(bytes, i + 1, end - i - 1, java.nio.charset.StandardCharsets.ISO_8859_1)
                        .toLowerCase(java.util.Locale.ROOT);
                int close = end;
                while (close < bytes.length && bytes[close] != '>' && bytes[close] != '<') {
                    close++;
                }
                boolean selfClosing = close < bytes.length && bytes[close] == '>' && bytes[close - 1] == '/';
                if (!VOID.contains(tag) && !selfClosing) {
                    max = Math.max(max, ++depth);
                }
            }
        }
        return max;
    }

    /** The deepest block quote ({@code >} at a line's start, spaces between) or list indentation (two spaces a level). */
    static int quoteDepth(byte[] bytes) {
        int max = 0;
        int quotes = 0;
        int spaces = 0;
        boolean lineStart = true;
        for (byte b : bytes) {
            if (b == '\n') {
                lineStart = true;
                quotes = 0;
                spaces = 0;
            } else if (lineStart && b == '>') {
                max = Math.max(max, ++quotes);
            } else if (lineStart && b == ' ') {
                max = Math.max(max, ++spaces / 2);
            } else if (lineStart && b != '\t' && b != '\r') {
                lineStart = false;
            }
        }
        return max;
    }
}

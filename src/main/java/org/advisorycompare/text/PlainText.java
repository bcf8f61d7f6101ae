package org.advisorycompare.text;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jsoup.parser.Parser;

/**
 * The plain text of a Markdown node, collected with one string builder and an explicit stack, so
 * that a paragraph of 200,000 escaped brackets or unmatched emphasis marks costs linear time and no
 * recursion (Flexmark's own collector re-copies its segments for every run and escape).
 */
final class PlainText {
    private static final int MAX_ENTITY = 32;
    private final StringBuilder out = new StringBuilder();

    private PlainText() {
    }

    static String of(Node node) {
        PlainText text = new PlainText();
        text.walk(node);
        return text.out.toString().strip();
    }

    private void walk(Node root) {
        Deque<Object> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Object top = stack.pop();
            if (top instanceof String closing) {
                out.append(closing);
            } else if (!leaf((Node) top)) {
                Node node = (Node) top;
                if (node instanceof Block && node != root) {
                    blockBreak();
                    stack.push("\n");
                }
                for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                    stack.push(child);
                }
            }
        }
    }

    /** Appends a node that has no text children of its own; false for a container. */
    private boolean leaf(Node node) {
        if (node instanceof Text) {
            out.append(unescape(node.getChars().toString()));
        } else if (node instanceof Code code) {
            out.append(code.getText());
        } else if (node instanceof HtmlEntity) {
            out.append(Parser.unescapeEntities(node.getChars().toString(), false));
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.append('\n');
        } else if (node instanceof AutoLink link) {
            out.append(link.getText());
        } else if (node instanceof MailLink link) {
            out.append(link.getText());
        } else if (node instanceof Image image) {
            out.append(unescape(image.getText().toString()));
        } else {
            return node.getFirstChild() == null && !(node instanceof Block);
        }
        return true;
    }

    private void blockBreak() {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    /** CommonMark backslash escapes and entity references, in one pass. */
    static String unescape(String text) {
        if (text.indexOf('\\') < 0 && text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && isAsciiPunctuation(text.charAt(i + 1))) {
                plain.append(text.charAt(++i));
            } else if (c == '&') {
                i = entity(text, i, plain);
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    /** Appends the entity reference at {@code at} decoded (or the bare {@code &}); the index it ends on. */
    private static int entity(String text, int at, StringBuilder plain) {
        int end = at + 1;
        while (end < text.length() && end - at <= MAX_ENTITY && text.charAt(end) != ';') {
            end++;
        }
        if (end < text.length() && end > at + 1 && text.charAt(end) == ';') {
            String reference = text.substring(at, end + 1);
            String decoded = Parser.unescapeEntities(reference, false);
            if (!decoded.equals(reference)) {
                plain.append(decoded);
                return end;
            }
        }
        plain.append('&');
        return at;
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }
}

package org.advisorycompare.text;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.formatter.Formatter;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * Flexmark, configured once: parsing, canonical re-formatting (Markdown to Markdown) and rendering
 * to HTML with raw HTML escaped. Canonical output ends with exactly one newline and formatting it
 * again changes nothing.
 */
public final class Markdown {
    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.SOFT_BREAK, "\n")
            .set(Formatter.MAX_BLANK_LINES, 1)
            .set(Formatter.MAX_TRAILING_BLANK_LINES, 0)
            .toImmutable();
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    /**
     * The same parser without the tables extension, for a text with no {@code |}: it can hold no table,
     * and the extension would look for one in every paragraph, a character at a time.
     */
    private static final Parser PARSER_NO_TABLES = Parser.builder(new MutableDataSet(OPTIONS)
            .set(Parser.EXTENSIONS, List.of()).toImmutable()).build();
    private static final Formatter FORMATTER = Formatter.builder(OPTIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder(OPTIONS).build();

    private Markdown() {
    }

    public static Document parse(String markdown) {
        return (markdown.indexOf('|') < 0 ? PARSER_NO_TABLES : PARSER).parse(markdown);
    }

    /** The canonical Markdown of a parsed document. */
    public static String format(Document document) {
        String text = FORMATTER.render(document).strip();
        return text.isEmpty() ? "" : text + "\n";
    }

    public static String canonical(String markdown) {
        return format(parse(markdown));
    }

    public static String toHtml(String markdown) {
        return HTML.render(parse(markdown));
    }

    /** The plain text of a node and its children, in time linear in their size. */
    public static String text(Node node) {
        return PlainText.of(node);
    }

    /** Flexmark's own text collector, which is quadratic in the number of text runs and escapes. */
    static String flexmarkText(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node).strip();
    }
}
